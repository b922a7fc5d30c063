package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.ReceivedRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Listing every private group, hidden ones included, against the fake workspace. */
class GroupListingTest {

    /** Alex's seed: 40 groups plus the "Q3 planning" discussion. */
    private static final int ALEX_GROUPS = 41;

    private final HttpRocketChatClient client = new HttpRocketChatClient(ClientSettings.defaults("test"));
    private FakeWorkspace fake;

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    @Test
    void mapsEachGroupAsTheSidebarShowsIt() throws Exception {
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());

        List<PrivateGroup> groups = client.listPrivateGroups(Fakes.signIn(client, fake, DemoSeed.ALEX), null);

        assertThat(groups).hasSize(ALEX_GROUPS);
        assertThat(named(groups, "design-team")).satisfies(group -> {
            assertThat(group.topic()).isEqualTo("Design reviews and critique");
            assertThat(group.unread()).isEqualTo(7);
            assertThat(group.mentions()).isEqualTo(2);
            assertThat(group.memberCount()).isEqualTo(9);
            assertThat(group.hidden()).isFalse();
            assertThat(group.lastActivity()).isNotNull();
        });
        assertThat(named(groups, "old-project-x").hidden()).isTrue();
        assertThat(named(groups, "release-2025")).satisfies(group -> {
            assertThat(group.archived()).isTrue();
            assertThat(group.hidden()).isFalse();
        });
        assertThat(named(groups, "platform-team").teamMain()).isTrue();
        assertThat(named(groups, "announcements-internal").readOnly()).isTrue();
        assertThat(groups).filteredOn(PrivateGroup::discussion).singleElement().satisfies(discussion -> {
            assertThat(discussion.displayName()).isEqualTo("Q3 planning");
            assertThat(discussion.name()).isNotEqualTo("Q3 planning");
        });
        assertHiddenAsTheFakeSays(groups);
        assertThat(groups).extracting(PrivateGroup::displayName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void readsEveryPageOfAListOfMoreThan250GroupsOnce() throws Exception {
        int extra = 260;
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo().withExtraGroups(extra));
        Session alex = Fakes.signIn(client, fake, DemoSeed.ALEX);
        fake.clearReceivedRequests();
        List<int[]> progress = new CopyOnWriteArrayList<>();

        List<PrivateGroup> groups = client.listPrivateGroups(alex, (loaded, total) -> progress.add(new int[] {
            loaded, total}));

        int total = ALEX_GROUPS + extra;
        assertThat(groups).hasSize(total);
        assertThat(groups).extracting(PrivateGroup::id).doesNotHaveDuplicates();
        assertHiddenAsTheFakeSays(groups);
        assertThat(groups).extracting(PrivateGroup::displayName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(fake.receivedRequests()).filteredOn(request -> request.endpoint().equals("groups.list"))
                .extracting(GroupListingTest::offset).containsExactlyInAnyOrder(0, 100, 200, 300);
        assertThat(fake.receivedRequests()).filteredOn(request -> request.endpoint().equals("groups.list"))
                .allSatisfy(request -> assertThat(request.query()).containsEntry("count", "100"));
        assertThat(fake.receivedRequests()).filteredOn(request -> request.endpoint().equals("subscriptions.get"))
                .hasSize(1);
        assertThat(progress).extracting(step -> step[1]).containsOnly(total);
        assertThat(progress).extracting(step -> step[0]).isSorted().contains(100).last().isEqualTo(total);
    }

    @Test
    void aUserWithNoPrivateGroupGetsAnEmptyList() throws Exception {
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());
        List<int[]> progress = new CopyOnWriteArrayList<>();

        List<PrivateGroup> groups = client.listPrivateGroups(Fakes.signIn(client, fake, DemoSeed.NEWBIE),
                (loaded, total) -> progress.add(new int[] {loaded, total}));

        assertThat(groups).isEmpty();
        assertThat(progress).last().satisfies(step -> assertThat(step).containsExactly(0, 0));
    }

    @Test
    void aGroupReopenedByAnotherMembersMessageIsVisibleAgain() throws Exception {
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());
        Session alex = Fakes.signIn(client, fake, DemoSeed.ALEX);
        String hiddenRoom = fake.roomIdByName("old-project-x").orElseThrow();

        fake.postMessage(DemoSeed.JORDAN, hiddenRoom);

        assertThat(named(client.listPrivateGroups(alex, null), "old-project-x")).satisfies(group -> {
            assertThat(group.hidden()).isFalse();
            assertThat(group.alert()).isTrue();
            assertThat(group.unread()).isEqualTo(1);
        });
    }

    private void assertHiddenAsTheFakeSays(List<PrivateGroup> groups) {
        assertThat(groups).filteredOn(PrivateGroup::hidden).isNotEmpty();
        assertThat(groups).allSatisfy(group -> assertThat(fake.isOpenFor(DemoSeed.ALEX, group.id()))
                .as(group.name()).contains(!group.hidden()));
    }

    static PrivateGroup named(List<PrivateGroup> groups, String name) {
        return groups.stream().filter(group -> group.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no group named " + name));
    }

    private static int offset(ReceivedRequest request) {
        return Integer.parseInt(request.query().getOrDefault("offset", "0"));
    }
}
