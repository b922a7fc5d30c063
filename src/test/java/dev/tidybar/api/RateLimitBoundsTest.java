package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidybar.fake.Fault;
import dev.tidybar.fake.FakeWorkspaceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * When waiting out the rate limit is not worth it, the listing ends and says why: a cancel (the UI
 * interrupts the task) ends a wait at once, and a wait that would be too long, or 429 after 429,
 * ends in the {@link RateLimitedException} the screen shows as its banner.
 */
class RateLimitBoundsTest extends RateLimitedFakeTest {

    @Test
    void cancellingTheTaskDuringAWaitEndsTheListingAtOnce() throws Exception {
        Session alex = startOnRealTime(FakeWorkspaceConfig.demo());
        fake.injectFault("groups.list", Fault.tooManyRequests(Duration.ofMinutes(2)), 1);
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicBoolean interruptFlagKept = new AtomicBoolean();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<?> task = background.submit(() -> {
                try {
                    client.readRoomDetails(alex, ALEX_GROUPS, rooms -> { }, new LoadProgress() {
                        @Override
                        public void update(int loaded, int total) {
                        }

                        @Override
                        public void waitingUntil(Instant until) {
                            waiting.countDown();
                        }
                    });
                } catch (Exception e) {
                    failure.set(e);
                }
                interruptFlagKept.set(Thread.currentThread().isInterrupted());
                ended.countDown();
            });
            assertThat(waiting.await(10, TimeUnit.SECONDS)).as("the listing waits for the reset").isTrue();

            task.cancel(true);

            // the wait was for two minutes: ending within seconds means the cancel ended it
            assertThat(ended.await(10, TimeUnit.SECONDS)).as("the listing ended").isTrue();
        } finally {
            background.shutdownNow();
        }
        assertThat(failure.get()).isInstanceOf(CancellationException.class)
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(interruptFlagKept).isTrue();
    }

    @Test
    void aRefusalWithAResetTooFarAwayEndsTheListingWithItsResetTime() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo());
        Instant start = clock.instant();
        Instant reset = start.plus(Duration.ofMinutes(10));
        fake.injectFault("groups.list", Fault.tooManyRequests(Duration.ofMinutes(10)), 1);

        assertThatThrownBy(() -> client.readRoomDetails(alex, ALEX_GROUPS, rooms -> { }, progress))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        refused -> assertThat(refused.resetAt()).isEqualTo(reset));
        assertThat(progress.waits).isEmpty();
        assertThat(clock.instant()).as("no time was spent waiting").isEqualTo(start);
    }

    @Test
    void aWindowThatEndsTooFarAwayEndsTheListingOnceItsBudgetIsSpent() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withExtraGroups(1200)
                .withRateLimit(10, Duration.ofMinutes(10)));
        Instant reset = clock.instant().plus(Duration.ofMinutes(10));

        assertThatThrownBy(() -> client.readRoomDetails(alex, ALEX_GROUPS + 1200, rooms -> { }, progress))
                .isInstanceOfSatisfying(RateLimitedException.class, refused -> {
                    assertThat(refused.resetAt()).isEqualTo(reset);
                    assertThat(refused.limit()).isEqualTo(10);
                });
        // the whole budget was used, and not one call more
        assertThat(pagesAsked()).hasSize(10).doesNotHaveDuplicates();
        assertThat(progress.waits).isEmpty();
    }

    @Test
    void refusalAfterRefusalEndsTheListingInsteadOfTryingForever() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo());
        fake.injectFault("groups.list", Fault.tooManyRequests(Duration.ofSeconds(10)), 20);

        assertThatThrownBy(() -> client.readRoomDetails(alex, ALEX_GROUPS, rooms -> { }, progress))
                .isInstanceOf(RateLimitedException.class);
        assertThat(pagesAsked()).hasSize(RateLimitPause.MOST_REFUSALS_IN_A_ROW);
        assertThat(progress.waits).hasSize(RateLimitPause.MOST_REFUSALS_IN_A_ROW - 1);
    }
}
