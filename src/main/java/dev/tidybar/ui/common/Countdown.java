package dev.tidybar.ui.common;

import java.time.Instant;
import java.util.function.LongConsumer;

/**
 * Counts down to a moment, once a second, on the FX thread: what a "trying again in 42 s" banner
 * runs on. The app uses {@link FxCountdown}; tests drive one by hand so they never wait.
 */
public interface Countdown {

    /**
     * Calls {@code onTick} with the whole seconds left (rounded up) now and whenever that number
     * changes, then {@code onDone} once the deadline has passed. Neither runs after cancelling, and
     * {@code onDone} never runs inside this call, even when the deadline has already passed.
     */
    RunningTask start(Instant deadline, LongConsumer onTick, Runnable onDone);
}
