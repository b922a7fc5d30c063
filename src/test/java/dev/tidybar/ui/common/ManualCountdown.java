package dev.tidybar.ui.common;

import java.time.Instant;
import java.util.function.LongConsumer;

/** A {@link Countdown} the test drives: it ticks and finishes only when told, so no test waits for a clock. */
public final class ManualCountdown implements Countdown {

    private LongConsumer onTick;
    private Runnable onDone;
    private Instant deadline;
    private int started;

    @Override
    public RunningTask start(Instant until, LongConsumer tick, Runnable done) {
        deadline = until;
        onTick = tick;
        onDone = done;
        started++;
        tick.accept(1);
        return this::stop;
    }

    public boolean isRunning() {
        return onDone != null;
    }

    /** How many countdowns were started so far. */
    public int started() {
        return started;
    }

    public Instant deadline() {
        return deadline;
    }

    /** Shows {@code secondsLeft} as if that much time were left. */
    public void tick(long secondsLeft) {
        onTick.accept(secondsLeft);
    }

    /** Lets the deadline pass. */
    public void finish() {
        var done = onDone;
        stop();
        done.run();
    }

    private void stop() {
        onTick = null;
        onDone = null;
    }
}
