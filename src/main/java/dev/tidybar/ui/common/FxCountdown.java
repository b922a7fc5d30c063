package dev.tidybar.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * A {@link Countdown} on the FX thread, reading the time from a clock. It wakes when the whole
 * seconds left change and at the deadline itself, not on a fixed beat: a queue paused until a
 * rate-limit reset sends again within a frame of it, so 20 windows do not add up to seconds of lag.
 */
public final class FxCountdown implements Countdown {

    // looks at the clock at least this often, so a clock that jumps (a suspended laptop, a test) is followed
    private static final long LONGEST_NAP_MILLIS = 250;

    private static final java.time.Duration FARTHEST = java.time.Duration.ofDays(365_000);

    private final Clock clock;

    public FxCountdown(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RunningTask start(Instant deadline, LongConsumer onTick, Runnable onDone) {
        var countdown = new Running(deadline, onTick, onDone);
        countdown.begin();
        return countdown::cancel;
    }

    private final class Running {
        private final Instant deadline;
        private final LongConsumer onTick;
        private final Runnable onDone;
        private final PauseTransition nap = new PauseTransition();
        private long lastShown;

        Running(Instant deadline, LongConsumer onTick, Runnable onDone) {
            this.deadline = deadline;
            this.onTick = onTick;
            this.onDone = onDone;
            nap.setOnFinished(event -> wake());
        }

        void begin() {
            lastShown = secondsLeft(millisLeft());
            onTick.accept(lastShown);
            sleep(millisLeft());
        }

        void cancel() {
            nap.setOnFinished(null);
            nap.stop();
        }

        private void wake() {
            long millis = millisLeft();
            long left = secondsLeft(millis);
            if (left <= 0) {
                onDone.run();
                return;
            }
            if (left != lastShown) {
                lastShown = left;
                onTick.accept(left);
            }
            sleep(millis);
        }

        /** Until the seconds shown change next (the deadline, in the last second), or the longest nap. */
        private void sleep(long millisLeft) {
            long untilNextChange = millisLeft - (secondsLeft(millisLeft) - 1) * 1000;
            nap.setDuration(Duration.millis(Math.max(1, Math.min(LONGEST_NAP_MILLIS, untilNextChange))));
            nap.playFromStart();
        }

        /** Saturates: a deadline centuries away must not overflow into a negative wait. */
        private long millisLeft() {
            var left = java.time.Duration.between(clock.instant(), deadline);
            return left.compareTo(FARTHEST) > 0 ? FARTHEST.toMillis() : left.toMillis();
        }
    }

    private static long secondsLeft(long millis) {
        return Math.max(0, (millis + 999) / 1000);
    }
}
