package dev.tidybar.api;

import java.time.Duration;
import java.time.Instant;

/**
 * 429: too many calls to one endpoint; the same call works again at {@link #resetAt()}. A server
 * may ask for any wait, even one of centuries: past {@link #LONGEST_WAIT} nothing should count down
 * to it, so the screens say how long the server asked for instead ({@link #tooLongToWait()}).
 */
public class RateLimitedException extends RocketChatException {

    /** The longest wait the app counts down to by itself. */
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** Any longer wait is kept as this, so every time sum and countdown stays in range. */
    static final Duration LONGEST_KEPT = Duration.ofDays(36_525);

    private static final long serialVersionUID = 1L;

    private final Instant resetAt;
    private final Duration askedWait;
    private final int limit;

    /**
     * @param answeredAt when the server answered (or the client held the call back): the wait starts there
     * @param askedWait  how long the server asked to wait, kept at most {@link #LONGEST_KEPT}
     */
    public RateLimitedException(String message, String serverError, Instant answeredAt, Duration askedWait,
                                int limit) {
        super(message, 429, serverError, null, null);
        this.askedWait = askedWait.isNegative() ? Duration.ZERO
                : askedWait.compareTo(LONGEST_KEPT) > 0 ? LONGEST_KEPT : askedWait;
        this.resetAt = answeredAt.plus(this.askedWait);
        this.limit = limit;
    }

    /** From {@code X-RateLimit-Reset} (epoch ms) or the server's words; when both are missing, one minute ahead. */
    public Instant resetAt() {
        return resetAt;
    }

    /** How long the server asked to wait when it answered, at most about a hundred years. */
    public Duration askedWait() {
        return askedWait;
    }

    /** True when the wait is longer than {@link #LONGEST_WAIT}: the user is told, not made to watch a countdown. */
    public boolean tooLongToWait() {
        return askedWait.compareTo(LONGEST_WAIT) > 0;
    }

    /** From {@code X-RateLimit-Limit}, or 0 when the header is missing. */
    public int limit() {
        return limit;
    }
}
