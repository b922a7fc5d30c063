package dev.tidybar.api;

/** Told how far listing the groups has got, from whichever thread reads the pages. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (loaded, total) -> { };

    void update(int loaded, int total);
}
