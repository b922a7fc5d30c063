package dev.tidybar.api;

/**
 * An answer's body with the rate limit its headers announced.
 *
 * @param value     the body, read into its DTO
 * @param rateLimit the {@code X-RateLimit-*} headers, or null when the server sent none (no limiter,
 *                  or a user exempt from it)
 */
record Metered<T>(T value, RateLimit rateLimit) {
}
