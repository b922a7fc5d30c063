package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.Fault;
import dev.tidybar.fake.FakeWorkspaceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A workspace of more than a thousand groups under the server's rate limit (contract §7): the list
 * comes from one call, the room columns are paced by the X-RateLimit headers, a 429 is waited out
 * without losing what was read, and one budget per route is shared by every call.
 */
class RateLimitedListingTest extends RateLimitedFakeTest {

    private static final int EXTRA = 1200;
    private static final int TOTAL = ALEX_GROUPS + EXTRA;
    private static final List<Integer> EVERY_OFFSET =
            IntStream.range(0, 13).mapToObj(page -> page * RoomDetailsReading.PAGE_SIZE).collect(Collectors.toList());

    @Test
    void theWholeListComesFromASingleCallWhateverTheNumberOfGroups() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withExtraGroups(EXTRA)
                .withRateLimit(10, Duration.ofSeconds(60)));
        Instant start = clock.instant();

        SubscriptionUpdate update = client.readGroups(alex, progress);

        assertThat(update.groups()).hasSize(TOTAL).extracting(PrivateGroup::id).doesNotHaveDuplicates();
        assertThat(callsTo("subscriptions.get")).isOne();
        assertThat(callsTo("groups.list")).isZero();
        assertThat(clock.instant()).isEqualTo(start);
    }

    @Test
    void theRoomColumnsArePacedWithoutASingleRefusedPage() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withExtraGroups(EXTRA)
                .withRateLimit(10, Duration.ofSeconds(60)));
        Instant start = clock.instant();
        Set<String> rooms = ConcurrentHashMap.newKeySet();

        client.readRoomDetails(alex, TOTAL, page -> page.forEach(details -> rooms.add(details.roomId())), progress);

        assertThat(rooms).hasSize(TOTAL);
        // every page asked for once: ten in the first minute, the other three after the reset
        assertThat(pagesAsked()).containsExactlyInAnyOrderElementsOf(EVERY_OFFSET);
        assertThat(progress.waits).containsExactly(start.plusSeconds(60));
        assertThat(progress.loaded).last().isEqualTo(TOTAL);
    }

    @Test
    void pagesRefusedMidReadAreReadAfterTheResetAndTheOthersAreKept() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withExtraGroups(EXTRA)
                .withRateLimit(10, Duration.ofSeconds(60)));
        Set<String> rooms = ConcurrentHashMap.newKeySet();
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

        client.readRoomDetails(alex, TOTAL, page -> page.forEach(details -> rooms.add(details.roomId())),
                refuseTwoPagesAfterTheFirst);

        assertThat(rooms).hasSize(TOTAL);
        assertThat(pagesAsked()).hasSize(EVERY_OFFSET.size() + 2).containsAll(EVERY_OFFSET).containsOnlyOnce(0);
        assertThat(progress.waits).isNotEmpty();
    }

    @Test
    void aShortRealWindowIsWaitedOutAndEveryRoomComesOnce() throws Exception {
        Session alex = startOnRealTime(FakeWorkspaceConfig.demo().withExtraGroups(EXTRA)
                .withRateLimit(5, Duration.ofSeconds(1)));
        List<String> rooms = new CopyOnWriteArrayList<>();

        client.readRoomDetails(alex, TOTAL, page -> page.forEach(details -> rooms.add(details.roomId())), progress);

        assertThat(rooms).hasSize(TOTAL).doesNotHaveDuplicates();
        assertThat(pagesAsked()).containsAll(EVERY_OFFSET);
        assertThat(progress.waits).isNotEmpty();
    }

    @Test
    void aRefusedSubscriptionsCallIsSentAgainAfterTheReset() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withRateLimit(10, Duration.ofSeconds(60)));
        Instant start = clock.instant();
        fake.injectFault("subscriptions.get", Fault.tooManyRequests(Duration.ofSeconds(20)), 1);

        SubscriptionUpdate update = client.readGroups(alex, progress);

        assertThat(update.groups()).hasSize(ALEX_GROUPS);
        assertThat(GroupListingTest.named(update.groups(), "old-project-x").hidden()).isTrue();
        assertThat(callsTo("subscriptions.get")).isEqualTo(2);
        assertThat(progress.waits).containsExactly(start.plusSeconds(20));
    }

    @Test
    void aSpentGroupsListBudgetNeverHoldsBackAClose() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withExtraGroups(EXTRA)
                .withRateLimit(10, Duration.ofSeconds(60)));
        Instant start = clock.instant();
        client.readRoomDetails(alex, 1000, rooms -> { }, progress);
        assertThat(callsTo("groups.list")).as("the route's whole budget").isEqualTo(10);

        client.closeGroup(alex, fake.roomIdByName("design-team").orElseThrow());

        assertThat(fake.isOpenFor(DemoSeed.ALEX, fake.roomIdByName("design-team").orElseThrow())).contains(false);
        assertThat(clock.instant()).as("the close waited for nothing").isEqualTo(start);
    }

    @Test
    void aCloseTheBudgetWouldHaveRefusedIsNotSent() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withExtraGroups(EXTRA)
                .withRateLimit(10, Duration.ofSeconds(60)));
        Instant start = clock.instant();
        List<String> rooms = client.readGroups(alex, null).groups().stream().filter(group -> !group.hidden())
                .limit(11).map(PrivateGroup::id).collect(Collectors.toList());
        for (String room : rooms.subList(0, 10)) {
            client.closeGroup(alex, room);
        }

        assertThatThrownBy(() -> client.closeGroup(alex, rooms.get(10)))
                .isInstanceOfSatisfying(RateLimitedException.class, held -> {
                    assertThat(held.resetAt()).isEqualTo(start.plusSeconds(60));
                    assertThat(held.limit()).isEqualTo(10);
                });
        assertThat(callsTo("groups.close")).as("the eleventh never reached the server").isEqualTo(10);
    }

    @Test
    void aWindowAnotherClientSpentCostsOneRefusalNotOnePerPage() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withExtraGroups(EXTRA)
                .withRateLimit(10, Duration.ofSeconds(60)));
        Instant start = clock.instant();
        try (var otherClient = new HttpRocketChatClient(ClientSettings.defaults("other"), clock, clock.sleeper())) {
            otherClient.readRoomDetails(Fakes.signIn(otherClient, fake, DemoSeed.ALEX), 1000, rooms -> { },
                    LoadProgress.NONE);
        }
        fake.clearReceivedRequests();

        client.readRoomDetails(alex, TOTAL, rooms -> { }, progress);

        assertThat(pagesAsked()).as("one probe refused, then the 13 pages").hasSize(EVERY_OFFSET.size() + 1)
                .containsAll(EVERY_OFFSET);
        assertThat(progress.waits).first().isEqualTo(start.plusSeconds(60));
    }

    @Test
    void anAdminWhomTheServerDoesNotLimitIsNeverHeldBack() throws Exception {
        startWithManualClock(FakeWorkspaceConfig.demo().withRateLimit(10, Duration.ofSeconds(60)));
        Session admin = Fakes.signIn(client, fake, DemoSeed.ADMIN);
        Instant start = clock.instant();

        for (int i = 0; i < 25; i++) {
            client.readGroups(admin, progress);
        }

        assertThat(progress.waits).isEmpty();
        assertThat(clock.instant()).isEqualTo(start);
    }
}
