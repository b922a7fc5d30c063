package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.ReceivedRequest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Listing every private group, hidden ones included, against the fake workspace: the list from one
 * subscriptions.get, what changed since from a delta, and the room columns from groups.list.
 */
class GroupListingTest {

    /** Alex's seed: 40 groups plus the "Q3 planning" discussion. */
    private static final int ALEX_GROUPS = 41;

    private final HttpRocketChatClient client = new HttpRocketChatClient(ClientSettings.defaults("test"));
    private FakeWorkspace fake;
    /** What {@link #alexAfterTheFirstRead()} read. */
    private SubscriptionUpdate first;

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    @Test
    void oneCallGivesEveryGroupWithWhatTheSidebarShows() throws Exception {
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());
        Session alex = Fakes.signIn(client, fake, DemoSeed.ALEX);
        fake.clearReceivedRequests();

        SubscriptionUpdate update = client.readGroups(alex, null);

        assertThat(update.full()).isTrue();
        assertThat(update.groups()).hasSize(ALEX_GROUPS).extracting(PrivateGroup::id).doesNotHaveDuplicates();
        assertThat(fake.receivedRequests()).extracting(ReceivedRequest::endpoint).containsExactly("subscriptions.get");
        assertThat(named(update.groups(), "design-team")).satisfies(group -> {
            assertThat(group.unread()).isEqualTo(7);
            assertThat(group.mentions()).isEqualTo(2);
            assertThat(group.hidden()).isFalse();
            assertThat(group.hasDetails()).as("topic and members come from groups.list").isFalse();
        });
        assertThat(named(update.groups(), "release-2025").archived()).isTrue();
        assertThat(update.groups()).filteredOn(PrivateGroup::discussion).singleElement()
                .satisfies(discussion -> assertThat(discussion.displayName()).isEqualTo("Q3 planning"));
        assertThat(update.groups()).noneMatch(group -> group.name().equals("general"));
        assertHiddenAsTheFakeSays(update.groups());
        assertThat(update.newest()).isNotNull();
    }

    @Test
    void thePagesAddTheRoomColumns() throws Exception {
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());

        List<PrivateGroup> groups = Fakes.listWithDetails(client, Fakes.signIn(client, fake, DemoSeed.ALEX), null);

        assertThat(groups).hasSize(ALEX_GROUPS).allMatch(PrivateGroup::hasDetails);
        assertThat(named(groups, "design-team")).satisfies(group -> {
            assertThat(group.topic()).isEqualTo("Design reviews and critique");
            assertThat(group.memberCount()).isEqualTo(9);
            assertThat(group.lastActivity()).isNotNull();
            assertThat(group.readOnly()).isFalse();
            assertThat(group.teamMain()).isFalse();
        });
        assertThat(named(groups, "platform-team").teamMain()).isTrue();
        assertThat(named(groups, "announcements-internal").readOnly()).isTrue();
    }

    @Test
    void readsEveryPageOfAListOfMoreThan250GroupsOnce() throws Exception {
        int extra = 260;
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo().withExtraGroups(extra));
        Session alex = Fakes.signIn(client, fake, DemoSeed.ALEX);
        fake.clearReceivedRequests();
        List<int[]> progress = new CopyOnWriteArrayList<>();

        List<PrivateGroup> groups = Fakes.listWithDetails(client, alex, (loaded, total) -> progress.add(new int[] {
            loaded, total}));

        int total = ALEX_GROUPS + extra;
        assertThat(groups).hasSize(total).allMatch(PrivateGroup::hasDetails);
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

        assertThat(client.readGroups(Fakes.signIn(client, fake, DemoSeed.NEWBIE), null).groups()).isEmpty();
    }

    @Test
    void aDeltaHoldsWhatChangedSinceTheServersNewestTime() throws Exception {
        Session alex = alexAfterTheFirstRead();
        Instant newest = first.newest();
        String designTeam = fake.roomIdByName("design-team").orElseThrow();
        client.closeGroup(alex, designTeam);
        fake.clearReceivedRequests();

        SubscriptionUpdate delta = client.readGroupsChangedSince(alex, newest, null);

        assertThat(delta.full()).isFalse();
        assertThat(delta.groups()).extracting(PrivateGroup::name).containsExactly("design-team");
        assertThat(delta.groups().get(0).hidden()).isTrue();
        assertThat(delta.removedSubscriptions()).isEmpty();
        assertThat(delta.newest()).isAfter(newest);
        assertThat(fake.receivedRequests()).singleElement().satisfies(request -> {
            assertThat(request.endpoint()).isEqualTo("subscriptions.get");
            // the server's time, moved back by the overlap: never this machine's clock
            assertThat(request.query()).containsEntry("updatedSince",
                    newest.minus(HttpRocketChatClient.DELTA_OVERLAP).toString());
        });
    }

    @Test
    void aDeletedGroupIsRemovedAndANewOneArrivesInTheDelta() throws Exception {
        Session alex = alexAfterTheFirstRead();
        PrivateGroup bookClub = named(first.groups(), "book-club");

        fake.deleteGroup(bookClub.id());
        String created = fake.createGroup(DemoSeed.JORDAN, "brand-new-group", DemoSeed.ALEX);
        SubscriptionUpdate delta = client.readGroupsChangedSince(alex, first.newest(), null);

        assertThat(delta.removedSubscriptions()).containsExactly(bookClub.subscriptionId());
        assertThat(delta.groups()).extracting(PrivateGroup::id).containsExactly(created);
        assertThat(delta.groups().get(0).hidden()).isFalse();
    }

    @Test
    void aGroupReopenedByAnotherMembersMessageComesBackInTheDelta() throws Exception {
        Session alex = alexAfterTheFirstRead();
        Instant newest = first.newest();
        String hiddenRoom = fake.roomIdByName("old-project-x").orElseThrow();

        fake.postMessage(DemoSeed.JORDAN, hiddenRoom);

        assertThat(client.readGroupsChangedSince(alex, newest, null).groups()).singleElement().satisfies(group -> {
            assertThat(group.name()).isEqualTo("old-project-x");
            assertThat(group.hidden()).isFalse();
            assertThat(group.alert()).isTrue();
            assertThat(group.unread()).isEqualTo(1);
        });
    }

    /** The demo workspace, alex signed in, and the whole list read once: what a delta starts from. */
    private Session alexAfterTheFirstRead() throws Exception {
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());
        Session alex = Fakes.signIn(client, fake, DemoSeed.ALEX);
        first = client.readGroups(alex, null);
        return alex;
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
