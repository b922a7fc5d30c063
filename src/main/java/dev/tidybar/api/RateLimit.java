package dev.tidybar.api;

import java.time.Instant;

/**
 * The server's {@code X-RateLimit-*} headers from one answer: what a bulk close paces itself by.
 *
 * @param limit     calls allowed per window on that endpoint
 * @param remaining calls left in the current window
 * @param resetAt   when the window ends ({@code X-RateLimit-Reset} is epoch milliseconds)
 */
public record RateLimit(int limit, int remaining, Instant resetAt) {
}
