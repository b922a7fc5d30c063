package dev.tidybar.api;

import java.time.Instant;

/** 429: too many calls to one endpoint; the same call works again at {@link #resetAt()}. */
public class RateLimitedException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    private final Instant resetAt;
    private final int limit;

    public RateLimitedException(String message, String serverError, Instant resetAt, int limit) {
        super(message, 429, serverError, null, null);
        this.resetAt = resetAt;
        this.limit = limit;
    }

    /** From {@code X-RateLimit-Reset} (epoch ms); when the header is missing, a guess one minute ahead. */
    public Instant resetAt() {
        return resetAt;
    }

    /** From {@code X-RateLimit-Limit}, or 0 when the header is missing. */
    public int limit() {
        return limit;
    }
}
