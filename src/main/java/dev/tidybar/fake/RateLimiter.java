package dev.tidybar.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Rocket.Chat's API rate limiter (§7): a fixed window per IP per route and method, counted before
 * the check, so call {@code calls + 1} inside the window is the first refused.
 */
final class RateLimiter {

    /** The outcome of one call: the numbers for the X-RateLimit headers. */
    record Decision(boolean allowed, int limit, int remaining, long resetEpochMillis, long millisToReset) {

        ApiResponse withHeaders(ApiResponse response) {
            return response.withHeader("X-RateLimit-Limit", Integer.toString(limit))
                    .withHeader("X-RateLimit-Remaining", Integer.toString(remaining))
                    .withHeader("X-RateLimit-Reset", Long.toString(resetEpochMillis));
        }

        /** The 429 Rocket.Chat sends, with the wait rounded up to whole seconds. */
        ApiResponse tooManyRequests() {
            long seconds = (millisToReset + 999) / 1000;
            String error = "Error, too many requests. Please slow down. You must wait " + seconds
                    + " seconds before trying this endpoint again. [error-too-many-requests]";
            return withHeaders(ApiResponse.json(429, Json.object().put("success", false).put("error", error)));
        }
    }

    private static final class Window {
        private long start;
        private int count;
    }

    private final Map<String, Window> windows = new HashMap<>();
    private boolean enabled;
    private int calls;
    private long windowMillis;
    /** Calls refused since the fake started: configure and disable leave it as it is. */
    private int refusals;

    RateLimiter(boolean enabled, int calls, Duration window) {
        configure(enabled, calls, window);
    }

    synchronized void configure(boolean on, int callsPerWindow, Duration window) {
        enabled = on;
        calls = callsPerWindow;
        windowMillis = window.toMillis();
        windows.clear();
    }

    synchronized void disable() {
        enabled = false;
        windows.clear();
    }

    synchronized int limit() {
        return calls;
    }

    /** Counts one call; null when the limiter is off. */
    synchronized Decision count(String ip, String routeKey, Instant now) {
        if (!enabled) {
            return null;
        }
        long nowMillis = now.toEpochMilli();
        Window window = windows.computeIfAbsent(ip + " " + routeKey, key -> new Window());
        if (window.count == 0 || nowMillis - window.start >= windowMillis) {
            window.start = nowMillis;
            window.count = 0;
        }
        window.count++;
        long reset = window.start + windowMillis;
        if (window.count > calls) {
            refusals++;
        }
        return new Decision(window.count <= calls, calls, Math.max(calls - window.count, 0), reset,
                reset - nowMillis);
    }

    /** How many calls {@link #count} has refused since the fake started (injected 429s not included). */
    synchronized int refusals() {
        return refusals;
    }

    /** A 429 as the limiter would send it, resetting after {@code resetIn} (for injected faults). */
    Decision refused(Instant now, Duration resetIn) {
        long reset = now.toEpochMilli() + resetIn.toMillis();
        return new Decision(false, limit(), 0, reset, resetIn.toMillis());
    }
}
