package dev.tidybar.ui.common;

import dev.tidybar.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A {@link Countdown} the test drives: its countdowns tick and finish only when told, so no test
 * waits for a clock. Several may run at once (a close waiting while the list reload waits too).
 */
public final class ManualCountdown implements Countdown {

    private record Running(Instant deadline, LongConsumer onTick, Runnable onDone) {
    }

    private final List<Running> running = new ArrayList<>();
    /** Moved on to each deadline as it passes, when the test shares one with the client; may be null. */
    private final MutableClock clock;
    private Instant deadline;
    private int started;

    public ManualCountdown() {
        this(null);
    }

    /** A countdown whose {@link #finish()} also moves {@code clock} on to each deadline. */
    public ManualCountdown(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public RunningTask start(Instant until, LongConsumer tick, Runnable done) {
        var countdown = new Running(until, tick, done);
        running.add(countdown);
        deadline = until;
        started++;
        tick.accept(1);
        return () -> running.remove(countdown);
    }

    public boolean isRunning() {
        return !running.isEmpty();
    }

    /** How many countdowns were started so far. */
    public int started() {
        return started;
    }

    /** The deadline of the countdown started last. */
    public Instant deadline() {
        return deadline;
    }

    /** Shows {@code secondsLeft} on every running countdown, as if that much time were left. */
    public void tick(long secondsLeft) {
        List.copyOf(running).forEach(countdown -> countdown.onTick().accept(secondsLeft));
    }

    /** Lets the deadlines of all running countdowns pass, oldest first. */
    public void finish() {
        var due = List.copyOf(running);
        running.removeAll(due);
        due.forEach(countdown -> {
            if (clock != null) {
                clock.advanceTo(countdown.deadline());
            }
            countdown.onDone().run();
        });
    }
}
