package dev.tidybar.api;

import java.time.Instant;

/** Told how far listing the groups has got, from whichever thread reads the pages. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (loaded, total) -> { };

    void update(int loaded, int total);

    /**
     * The server's rate limit stopped the listing for a while; it goes on by itself at {@code until}.
     * Ignored unless overridden.
     */
    default void waitingUntil(Instant until) {
    }
}
