package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.Fault;
import dev.tidybar.fake.FakeWorkspaceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A workspace of more than a thousand groups loads under the server's rate limit (contract §7):
 * the pages are paced by the X-RateLimit headers, and a 429 is waited out without losing the pages
 * already read.
 */
class RateLimitedListingTest extends RateLimitedFakeTest {

    private static final int EXTRA = 1200;
    private static final int TOTAL = ALEX_GROUPS + EXTRA;
    private static final List<Integer> EVERY_OFFSET =
            IntStream.range(0, 13).mapToObj(page -> page * GroupListing.PAGE_SIZE).collect(Collectors.toList());

    @Test
    void productionLimitsAreKeptToWithoutASingleRefusedPage() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withExtraGroups(EXTRA)
                .withRateLimit(10, Duration.ofSeconds(60)));
        Instant start = clock.instant();

        List<PrivateGroup> groups = client.listPrivateGroups(alex, progress);

        assertThat(groups).hasSize(TOTAL).extracting(PrivateGroup::id).doesNotHaveDuplicates();
        // every page asked for once: ten in the first minute, the other three after the reset
        assertThat(pagesAsked()).containsExactlyInAnyOrderElementsOf(EVERY_OFFSET);
        assertThat(progress.waits).containsExactly(start.plusSeconds(60));
        assertThat(progress.loaded).last().isEqualTo(TOTAL);
    }

    @Test
    void aShortRealWindowIsWaitedOutAndEveryGroupComesOnce() throws Exception {
        Session alex = startOnRealTime(FakeWorkspaceConfig.demo().withExtraGroups(EXTRA)
                .withRateLimit(5, Duration.ofSeconds(1)));

        List<PrivateGroup> groups = client.listPrivateGroups(alex, progress);

        assertThat(groups).hasSize(TOTAL).extracting(PrivateGroup::id).doesNotHaveDuplicates();
        assertThat(pagesAsked()).containsAll(EVERY_OFFSET);
        assertThat(progress.waits).isNotEmpty();
    }

    @Test
    void pagesRefusedMidListingAreReadAfterTheResetAndTheOthersAreKept() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withExtraGroups(EXTRA)
                .withRateLimit(10, Duration.ofSeconds(60)));
        LoadProgress refuseTwoPagesAfterTheFirst = new LoadProgress() {
            @Override
            public void update(int loaded, int total) {
                if (progress.loaded.isEmpty()) {
                    fake.injectFault("groups.list", Fault.tooManyRequests(Duration.ofSeconds(20)), 2);
                }
                progress.update(loaded, total);
            }

            @Override
            public void waitingUntil(Instant until) {
                progress.waitingUntil(until);
            }
        };

        List<PrivateGroup> groups = client.listPrivateGroups(alex, refuseTwoPagesAfterTheFirst);

        assertThat(groups).hasSize(TOTAL).extracting(PrivateGroup::id).doesNotHaveDuplicates();
        assertThat(pagesAsked()).hasSize(EVERY_OFFSET.size() + 2).containsAll(EVERY_OFFSET)
                .containsOnlyOnce(0);
        assertThat(progress.waits).isNotEmpty();
    }

    @Test
    void aRefusedSubscriptionsCallIsSentAgainAfterTheReset() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withRateLimit(10, Duration.ofSeconds(60)));
        Instant start = clock.instant();
        fake.injectFault("subscriptions.get", Fault.tooManyRequests(Duration.ofSeconds(20)), 1);

        List<PrivateGroup> groups = client.listPrivateGroups(alex, progress);

        assertThat(groups).hasSize(ALEX_GROUPS);
        assertThat(GroupListingTest.named(groups, "old-project-x").hidden()).isTrue();
        assertThat(callsTo("subscriptions.get")).isEqualTo(2);
        assertThat(progress.waits).containsExactly(start.plusSeconds(20));
    }
}
