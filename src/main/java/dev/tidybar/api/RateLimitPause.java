package dev.tidybar.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CancellationException;

/**
 * Waits out the server's rate limit (contract §7) while a read goes on by itself, within bounds:
 * a wait longer than {@link #LONGEST_WAIT}, or {@link #MOST_REFUSALS_IN_A_ROW} 429s in a row on one
 * route, ends the read with a {@link RateLimitedException} so the user is told instead.
 * Waits run on the read's calling thread; interrupting it (the UI's {@code Future.cancel(true)})
 * ends the wait at once with a {@link CancellationException}, the interrupt flag set again.
 */
final class RateLimitPause {

    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final int MOST_REFUSALS_IN_A_ROW = 5;
    /**
     * The least wait after the first 429 in a row, doubled after each further one: a reset time
     * already past by our clock (the server's clock runs behind ours) must not turn into a burst of calls.
     */
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private static final DateTimeFormatter CLOCK_TIME =
            DateTimeFormatter.ISO_LOCAL_TIME.withZone(ZoneId.systemDefault());

    private final Clock clock;
    private final Sleeper sleeper;

    RateLimitPause(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Until when to hold back after the {@code refusalsInARow}-th 429 in a row on one route.
     *
     * @throws RateLimitedException the refusal itself, when there were too many in a row or its wait is too long
     */
    Instant afterRefusal(RateLimitedException refusal, int refusalsInARow) throws RateLimitedException {
        if (refusalsInARow >= MOST_REFUSALS_IN_A_ROW) {
            throw refusal;
        }
        Instant earliest = now().plus(FIRST_BACKOFF.multipliedBy(1L << (refusalsInARow - 1)));
        Instant until = refusal.resetAt().isAfter(earliest) ? refusal.resetAt() : earliest;
        if (tooLong(until)) {
            throw refusal;
        }
        return until;
    }

    /**
     * Tells {@code progress} and sleeps until {@code until}.
     *
     * @throws RateLimitedException  when the wait would be longer than {@link #LONGEST_WAIT}
     * @throws CancellationException when the calling thread is interrupted
     */
    void waitUntil(Instant until, String endpoint, int limit, LoadProgress progress) throws RateLimitedException {
        if (tooLong(until)) {
            Instant now = now();
            throw new RateLimitedException(endpoint + ": the server's rate limit (" + limit + " calls) allows the next"
                    + " call at " + timeOf(until) + ", more than " + LONGEST_WAIT.toMinutes()
                    + " minutes from now", null, now, Duration.between(now, until), limit);
        }
        progress.waitingUntil(until);
        try {
            sleeper.sleepUntil(until);
        } catch (InterruptedException e) {
            throw cancelled(endpoint, e);
        }
    }

    /**
     * Counts one more call on {@code budget} now, and returns null; or, when the budget is spent,
     * returns when to ask again.
     *
     * @throws CancellationException when the calling thread is interrupted while the budget waits for answers
     */
    Instant reserve(RouteBudget budget) {
        try {
            return budget.reserve(now());
        } catch (InterruptedException e) {
            throw cancelled(budget.route(), e);
        }
    }

    /** The failure of a call the budget held back without sending it: the same call may go at {@code until}. */
    RateLimitedException heldBack(String endpoint, Instant until, int limit) {
        Instant now = now();
        return new RateLimitedException(endpoint + ": not sent, the server's rate limit (" + limit + " calls) allows"
                + " the next call at " + timeOf(until), null, now, Duration.between(now, until), limit);
    }

    /** The time of day of {@code instant}, or its full date and time when it is not today. */
    private String timeOf(Instant instant) {
        return instant.isAfter(now().plus(Duration.ofHours(12))) ? instant.toString()
                : CLOCK_TIME.format(instant);
    }

    /** What an interrupted read throws: the caller (a cancelled task) sees it as cancelled. */
    static CancellationException cancelled(String endpoint, InterruptedException interruption) {
        Thread.currentThread().interrupt();
        CancellationException cancelled = new CancellationException(endpoint + ": cancelled");
        cancelled.initCause(interruption);
        return cancelled;
    }

    private boolean tooLong(Instant until) {
        return Duration.between(now(), until).compareTo(LONGEST_WAIT) > 0;
    }
}
