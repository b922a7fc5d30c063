package dev.tidybar.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app's countdown, on a clock the test moves, so nothing waits for real seconds to pass. */
@ExtendWith(ApplicationExtension.class)
class FxCountdownTest {

    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final List<Long> ticks = new CopyOnWriteArrayList<>();
    private final AtomicInteger done = new AtomicInteger();

    @Start
    void start(Stage stage) {
        // no window needed: the toolkit runs the timeline
    }

    @Test
    void ticksTheSecondsLeftThenFinishesOnce(FxRobot robot) throws Exception {
        robot.interact(() -> new FxCountdown(clock).start(START.plusMillis(2500), ticks::add, done::incrementAndGet));
        assertThat(ticks).containsExactly(3L);
        assertThat(done).hasValue(0);

        clock.set(START.plusMillis(1200));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ticks.contains(2L));
        clock.set(START.plusSeconds(3));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> done.get() == 1);

        assertThat(ticks).containsExactly(3L, 2L);
    }

    @Test
    void aPassedDeadlineStillFinishesLaterNotDuringStart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            new FxCountdown(clock).start(START.minus(Duration.ofSeconds(5)), ticks::add, done::incrementAndGet);
            assertThat(done).hasValue(0);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> done.get() == 1);
        assertThat(ticks).containsExactly(0L);
    }

    @Test
    void cancellingStopsIt(FxRobot robot) throws Exception {
        robot.interact(() -> new FxCountdown(clock).start(START.plusSeconds(2), ticks::add, done::incrementAndGet)
                .cancel());
        clock.set(START.plusSeconds(3));
        // a later countdown on the same clock finishing proves the frames ran; the cancelled one stays quiet
        var later = new AtomicInteger();
        robot.interact(() -> new FxCountdown(clock).start(START, seconds -> { }, later::incrementAndGet));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> later.get() == 1);
        assertThat(done).hasValue(0);
    }

    @Test
    void aDeadlineCenturiesAwayTicksWithoutOverflowing(FxRobot robot) {
        robot.interact(() -> new FxCountdown(clock).start(Instant.ofEpochMilli(Long.MAX_VALUE), ticks::add,
                done::incrementAndGet));

        assertThat(ticks).singleElement().satisfies(seconds -> assertThat(seconds).isGreaterThan(0L));
        assertThat(done).hasValue(0);
    }
}
