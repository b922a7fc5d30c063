package dev.tidybar.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.util.function.LongConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** A {@link Countdown} on a JavaFX timeline, reading the time from a clock. */
public final class FxCountdown implements Countdown {

    // checks four times a second, so the seconds shown never lag the clock by much
    private static final Duration CHECK_EVERY = Duration.millis(250);

    private final Clock clock;

    public FxCountdown(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RunningTask start(Instant deadline, LongConsumer onTick, Runnable onDone) {
        var lastShown = new long[] {secondsLeft(deadline)};
        onTick.accept(lastShown[0]);
        var timeline = new Timeline();
        timeline.getKeyFrames().add(new KeyFrame(CHECK_EVERY, event -> {
            long left = secondsLeft(deadline);
            if (left <= 0) {
                timeline.stop();
                onDone.run();
            } else if (left != lastShown[0]) {
                lastShown[0] = left;
                onTick.accept(left);
            }
        }));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }

    private long secondsLeft(Instant deadline) {
        long millis = java.time.Duration.between(clock.instant(), deadline).toMillis();
        return Math.max(0, (millis + 999) / 1000);
    }
}
