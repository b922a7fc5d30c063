package dev.tidybar.api;

import java.time.Instant;

/** Told how far a read of the groups has got, and of its waits for the rate limit, from the thread that reads. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (loaded, total) -> { };

    void update(int loaded, int total);

    /**
     * The server's rate limit stopped the read for a while; it goes on by itself at {@code until}.
     * Ignored unless overridden.
     */
    default void waitingUntil(Instant until) {
    }
}
