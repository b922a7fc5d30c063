package dev.tidybar.ui.common;

/** A handle on submitted work. Cancelling drops its callbacks; a request already on the wire may still land. */
@FunctionalInterface
public interface RunningTask {

    RunningTask DONE = () -> { };

    void cancel();
}
