package dev.tidybar.api;

import java.time.Instant;

/**
 * What one route still allows in the server's current rate-limit window (contract §7: a fixed
 * window per IP per route and method), learnt from the {@code X-RateLimit-*} headers of its answers.
 * Each call is counted when it is sent, so calls still on their way are never over-committed;
 * a header then lowers the count further if the server counted more (another client on the same
 * address). Used only by the thread that sends the calls.
 *
 * <p>When nothing is in flight and nothing is left, the reset time is known: the budget only runs
 * out through calls that were sent, and each of those ends with a header, a 429 or a failure that
 * ends the listing.
 */
final class RouteBudget {

    /** False until an answer carries rate-limit headers: calls are then held back by nothing. */
    private boolean limited;
    private int limit;
    private int remaining;
    /** The end of the window the latest answers were counted in; null once it has passed. */
    private Instant resetAt;
    /** When the last window was seen to end: answers counted in it or before say nothing about the next. */
    private Instant windowEndedAt = Instant.MIN;
    private int inFlight;

    /** Whether one more call may go out at {@code now}; starts a fresh window once the last one ended. */
    boolean allowsCall(Instant now) {
        if (!limited) {
            return true;
        }
        if (resetAt != null && !now.isBefore(resetAt)) {
            // a 429 without X-RateLimit-Limit leaves the limit unknown: probe with one call
            remaining = Math.max(limit, 1);
            windowEndedAt = resetAt;
            resetAt = null;
        }
        return remaining > 0;
    }

    void sent() {
        inFlight++;
        remaining--;
    }

    /** An answer arrived; {@code rateLimit} is null when it had no rate-limit headers. */
    void answered(RateLimit rateLimit) {
        inFlight--;
        if (rateLimit == null) {
            limited = false;
            return;
        }
        if (limited && !rateLimit.resetAt().isAfter(windowEndedAt)) {
            return;
        }
        if (!limited || resetAt == null || rateLimit.resetAt().isAfter(resetAt)) {
            // a new window: calls still in flight may land in it too
            remaining = rateLimit.remaining() - inFlight;
            resetAt = rateLimit.resetAt();
        } else if (rateLimit.resetAt().equals(resetAt)) {
            remaining = Math.min(remaining, rateLimit.remaining());
        }
        limited = true;
        limit = rateLimit.limit();
    }

    /** The server refused a call with a 429: nothing more until {@code until}. */
    void refused(Instant until, int serverLimit) {
        inFlight--;
        limited = true;
        remaining = 0;
        if (serverLimit > 0) {
            limit = serverLimit;
        }
        if (resetAt == null || until.isAfter(resetAt)) {
            resetAt = until;
        }
    }

    int inFlight() {
        return inFlight;
    }

    int limit() {
        return limit;
    }

    /** When the current window ends: where to wait once {@link #allowsCall} says no and nothing is in flight. */
    Instant resetAt() {
        return resetAt;
    }
}
