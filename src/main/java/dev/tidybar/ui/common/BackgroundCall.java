package dev.tidybar.ui.common;

/** Blocking work, such as a Rocket.Chat call, that must run off the FX thread. */
@FunctionalInterface
public interface BackgroundCall<T> {

    T call() throws Exception;
}
