package dev.tidybar.ui.queue;

import dev.tidybar.api.RateLimit;
import dev.tidybar.api.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the server's rate limit allows the queue, learnt from the {@code X-RateLimit-*} headers of
 * its answers (contract §7), and so how long the jobs left will take. The headers give the limit and
 * the end of the current window but not its length: an answer that opens a window (one call used)
 * shows it, as the window started with that call.
 */
final class Pace {

    /** Rocket.Chat's default window, assumed until an answer shows the real one. */
    private static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

    private boolean limited;
    private int limit;
    private int remaining;
    private Instant resetAt = Instant.MIN;
    private Duration window;
    /** How long one call takes, smoothed: what unlimited work (admins) is paced by. */
    private Duration perCall = Duration.ZERO;

    /** A job was answered; {@code rateLimit} is empty when the server sent no headers (no limit for this user). */
    void answered(Optional<RateLimit> rateLimit, Instant sentAt, Instant answeredAt) {
        var took = Duration.between(sentAt, answeredAt);
        perCall = perCall.isZero() ? took : perCall.multipliedBy(3).plus(took).dividedBy(4);
        if (rateLimit.isEmpty()) {
            limited = false;
            return;
        }
        var headers = rateLimit.get();
        limited = true;
        limit = headers.limit();
        remaining = headers.remaining();
        resetAt = headers.resetAt();
        if (limit > 0 && remaining == limit - 1 && resetAt.isAfter(sentAt)) {
            window = roundedToSeconds(Duration.between(sentAt, resetAt));
        }
    }

    /** The server (or the client, knowing it would) refused a job until the reset. */
    void refused(RateLimitedException limit) {
        limited = true;
        if (limit.limit() > 0) {
            this.limit = limit.limit();
        }
        remaining = 0;
        resetAt = limit.resetAt();
    }

    /** Calls per window; 0 while unknown or not limited. */
    int limit() {
        return limited ? limit : 0;
    }

    /** The window's length as seen, else Rocket.Chat's default. */
    Duration window() {
        return window != null ? window : DEFAULT_WINDOW;
    }

    /** How long {@code jobsLeft} more calls take from {@code now}, at the pace the server allows. */
    Duration timeLeft(int jobsLeft, Instant now) {
        if (jobsLeft <= 0) {
            return Duration.ZERO;
        }
        if (!limited || limit <= 0) {
            return perCall.multipliedBy(jobsLeft);
        }
        boolean windowOpen = now.isBefore(resetAt);
        int nowAllowed = windowOpen ? Math.max(0, remaining) : limit;
        if (jobsLeft <= nowAllowed) {
            return perCall.multipliedBy(jobsLeft);
        }
        int later = jobsLeft - nowAllowed;
        int windowsLater = (later + limit - 1) / limit;
        int inLastWindow = later - (windowsLater - 1) * limit;
        var untilNextWindow = windowOpen ? Duration.between(now, resetAt) : window();
        return untilNextWindow.plus(window().multipliedBy(windowsLater - 1L)).plus(perCall.multipliedBy(inLastWindow));
    }

    private static Duration roundedToSeconds(Duration span) {
        return Duration.ofSeconds(Math.max(1, Math.round(span.toMillis() / 1000.0)));
    }
}
