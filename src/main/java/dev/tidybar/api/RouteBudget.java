package dev.tidybar.api;

import java.time.Instant;

/**
 * What one route still allows in the server's current rate-limit window (contract §7: a fixed
 * window per IP per route and method), learnt from the {@code X-RateLimit-*} headers of its answers.
 * One budget per route is shared by every call of the session, whichever thread sends it, so the
 * list, the deltas, the room columns and the closes never spend more than the server gives.
 *
 * <p>Each call is counted when it is reserved, so calls still on their way are never over-committed;
 * a header then lowers the count further if the server counted more (another client on the same
 * address). Until the route's first answer nothing is known, so only one call goes out: a spent
 * window then costs a single 429, not one per call in flight. An answer without the headers means
 * the server does not limit this user (admins): from then on nothing is held back.
 */
final class RouteBudget {

    private final String route;
    /** False until the route's first answer (with or without headers). */
    private boolean known;
    /** False while the answers carry no rate-limit headers: calls are then held back by nothing. */
    private boolean limited;
    private int limit;
    private int remaining;
    /** The end of the window the latest answers were counted in; null once it has passed. */
    private Instant resetAt;
    /** When the last window was seen to end: answers counted in it or before say nothing about the next. */
    private Instant windowEndedAt = Instant.MIN;
    private int inFlight;

    RouteBudget(String route) {
        this.route = route;
    }

    String route() {
        return route;
    }

    /**
     * Counts one call at {@code now} if the budget allows it, and returns null; otherwise returns
     * when to ask again, without counting. Blocks while the answers of calls already out are needed
     * to know (the route's first call, or a window whose end is not known yet).
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    synchronized Instant reserve(Instant now) throws InterruptedException {
        while (true) {
            if (!known && inFlight > 0) {
                wait();
                continue;
            }
            if (!limited) {
                inFlight++;
                return null;
            }
            if (resetAt != null && !now.isBefore(resetAt)) {
                // a 429 without X-RateLimit-Limit leaves the limit unknown: probe with one call
                remaining = Math.max(limit, 1);
                windowEndedAt = resetAt;
                resetAt = null;
            }
            if (remaining > 0) {
                remaining--;
                inFlight++;
                return null;
            }
            if (resetAt != null) {
                return resetAt;
            }
            if (inFlight == 0) {
                // every answer of the new window was stale: nothing says the window is spent, so probe
                remaining = 1;
                continue;
            }
            wait();
        }
    }

    /** A reserved call was answered; {@code rateLimit} is null when the answer had no rate-limit headers. */
    synchronized void answered(RateLimit rateLimit) {
        inFlight--;
        known = true;
        notifyAll();
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

    /** The server refused a reserved call with a 429: nothing more until {@code until}. */
    synchronized void refused(Instant until, int serverLimit) {
        inFlight--;
        known = true;
        limited = true;
        remaining = 0;
        if (serverLimit > 0) {
            limit = serverLimit;
        }
        holdUntil(until);
        notifyAll();
    }

    /** Nothing more before {@code until}: a back-off after 429s in a row, which may outlast the reset. */
    synchronized void holdUntil(Instant until) {
        if (resetAt == null || until.isAfter(resetAt)) {
            resetAt = until;
        }
    }

    /** A reserved call ended without an answer (network failure, cancelled): it tells nothing. */
    synchronized void abandoned() {
        inFlight--;
        notifyAll();
    }

    /** Calls per window, as the server last said; 0 while unknown. */
    synchronized int limit() {
        return limit;
    }
}
