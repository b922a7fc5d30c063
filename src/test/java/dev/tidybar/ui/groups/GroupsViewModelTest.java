package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.Fault;
import dev.tidybar.fake.FakeWorkspaceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** Loading and showing the list, filtering it, reading what changed, and what the user is told when that fails. */
class GroupsViewModelTest extends GroupsViewModelFixture {

    @Test
    void loadsEveryGroupAndShowsThoseInTheSidebarFirst() {
        assertThat(viewModel.sync().loadedProperty().get()).isTrue();
        assertThat(shownNames()).contains("design-team", "release-2025", "Q3 planning")
                .doesNotContain("old-project-x");
        assertThat(viewModel.visibleCountProperty().get() + viewModel.hiddenCountProperty().get())
                .isEqualTo(viewModel.groupCount());
        assertThat(viewModel.groupCount()).isGreaterThanOrEqualTo(40);
        assertThat(workspace.calls()).as("the list, then its room columns")
                .containsExactly("subscriptions.get", "groups.list");
    }

    @Test
    void someoneInNoPrivateGroupIsToldSo() throws Exception {
        workspace.close();
        start(FakeWorkspaceConfig.demo(), DemoSeed.NEWBIE);

        assertThat(viewModel.groupCount()).isZero();
        assertThat(viewModel.emptyMessageProperty().get()).isEqualTo("You are not in any private group.");
    }

    @Test
    void withNothingHiddenTheHiddenViewSaysSo() throws Exception {
        viewModel.visibilityProperty().set(Visibility.HIDDEN);
        for (var row : List.copyOf(viewModel.shownRows())) {
            workspace.client.openGroup(workspace.session, row.id());
        }

        viewModel.refresh();

        assertThat(viewModel.shownRows()).isEmpty();
        assertThat(viewModel.hiddenCountProperty().get()).isZero();
        assertThat(viewModel.emptyMessageProperty().get()).isEqualTo("No hidden groups.");
    }

    @Test
    void hiddenAndAllShowWhatTheySay() {
        viewModel.visibilityProperty().set(Visibility.HIDDEN);
        assertThat(shownNames()).contains("old-project-x").doesNotContain("design-team");
        assertThat(viewModel.shownRows()).hasSize(viewModel.hiddenCountProperty().get());

        viewModel.visibilityProperty().set(Visibility.ALL);
        assertThat(viewModel.shownRows()).hasSize(viewModel.groupCount());
    }

    @Test
    void theFilterMatchesNamesAndTopics() {
        viewModel.filterProperty().set("CRITIQUE");
        assertThat(shownNames()).containsExactly("design-team");

        viewModel.filterProperty().set("q3 plan");
        assertThat(shownNames()).containsExactly("Q3 planning");

        viewModel.filterProperty().set("no-such-group");
        assertThat(viewModel.shownRows()).isEmpty();
        assertThat(viewModel.emptyMessageProperty().get()).isEqualTo("Nothing matches ‘no-such-group’.");
    }

    @Test
    void aLargeWorkspaceShowsHowFarFillingInHasGot() throws Exception {
        var seen = new ArrayList<String>();
        restartUnloaded(FakeWorkspaceConfig.demo().withExtraGroups(260));
        viewModel.sync().loadProgressTextProperty().addListener((observable, before, now) -> seen.add(now));

        viewModel.load();

        int total = viewModel.groupCount();
        assertThat(total).isGreaterThan(300);
        assertThat(seen).first().isEqualTo("Loading your groups…");
        String ofTotal = String.format(Locale.ENGLISH, " of %,d", total);
        assertThat(seen).contains("Topics and members: 0" + ofTotal,
                "Topics and members: 100" + ofTotal,
                String.format(Locale.ENGLISH, "Topics and members: %,d", total) + ofTotal);
        assertThat(viewModel.sync().progressShownProperty().get()).as("nothing left to say").isFalse();
        assertThat(row("design-team").group().topic()).isEqualTo("Design reviews and critique");
    }

    @Test
    void aPageOfColumnsChangesTheTableOnceNotOncePerRow() throws Exception {
        restartUnloaded(FakeWorkspaceConfig.demo().withExtraGroups(260));
        viewModel.visibilityProperty().set(Visibility.ALL);
        var changes = new AtomicInteger();
        viewModel.shownRows().addListener((ListChangeListener<GroupRow>) change -> changes.incrementAndGet());

        viewModel.load();

        // each row changing alone made the table sort 10,000 rows again per row, and froze the window
        assertThat(viewModel.groupCount()).isEqualTo(301);
        assertThat(changes).as("the list, then one change per page of 100").hasValue(1 + 4);
        assertThat(shownNames()).hasSize(301);
    }

    @Test
    void theListIsThereBeforeTheRoomColumnsAndAFailedFillOffersRetry() throws Exception {
        restartUnloaded(FakeWorkspaceConfig.demo());
        workspace.fake.injectFault("groups.list", Fault.serverError(), 1);

        viewModel.load();

        assertThat(viewModel.sync().loadedProperty().get()).isTrue();
        assertThat(shownNames()).contains("design-team");
        assertThat(row("design-team").group().hasDetails()).isFalse();
        assertThat(notice().title()).isEqualTo("Could not fill in topics and members");
        assertThat(actionLabels()).containsExactly("Retry");

        runAction("Retry");

        assertThat(row("design-team").group().topic()).isEqualTo("Design reviews and critique");
    }

    @Test
    void refreshAppliesOnlyWhatChangedAGroupDeletedLeavesAndANewOneArrives() {
        int before = viewModel.groupCount();
        workspace.fake.deleteGroup(workspace.roomId("book-club"));
        workspace.fake.createGroup(DemoSeed.JORDAN, "brand-new-group", DemoSeed.ALEX);
        workspace.fake.clearReceivedRequests();

        viewModel.refresh();

        assertThat(shownNames()).contains("brand-new-group").doesNotContain("book-club");
        assertThat(viewModel.groupCount()).isEqualTo(before);
        assertThat(workspace.fake.receivedRequests()).filteredOn(request -> request.endpoint()
                .equals("subscriptions.get")).singleElement()
                .satisfies(request -> assertThat(request.query()).containsKey("updatedSince"));
        // the room columns come again in the background, the new group's too
        assertThat(row("brand-new-group").group().memberCount()).isEqualTo(2);
    }

    @Test
    void aFailedLoadSaysSoAndRetryLoadsAgain() {
        workspace.fake.injectFault("subscriptions.get", Fault.malformedJson(), 1);

        viewModel.refresh();

        assertThat(notice().title()).isEqualTo("Could not load your groups");
        assertThat(viewModel.sync().loadingProperty().get()).isFalse();
        runAction("Retry");
        assertThat(viewModel.sync().loadingProperty().get()).isFalse();
        assertThat(shownNames()).contains("design-team");
    }

    @Test
    void aNewGroupInADeltaGetsItsColumnsFromOneGroupsInfo() {
        workspace.fake.createGroup(DemoSeed.JORDAN, "brand-new-group", DemoSeed.ALEX);
        workspace.fake.clearReceivedRequests();

        viewModel.close(row("design-team"));

        assertThat(workspace.calls()).containsExactly("groups.close", "subscriptions.get", "groups.info");
        assertThat(row("brand-new-group").group().memberCount()).isEqualTo(2);
    }

    @Test
    void aDeltaTheServerRejectsIsFollowedByOneFullRead() {
        workspace.fake.deleteGroup(workspace.roomId("book-club"));
        workspace.fake.injectFault("subscriptions.get", Fault.invalidDate(), 1);
        workspace.fake.clearReceivedRequests();

        viewModel.close(row("design-team"));

        assertThat(workspace.fake.receivedRequests()).filteredOn(request -> request.endpoint()
                .equals("subscriptions.get")).extracting(request -> request.query().containsKey("updatedSince"))
                .containsExactly(true, false);
        assertThat(notice().title()).isEqualTo("Closed ‘design-team’");
        assertThat(shownNames()).doesNotContain("design-team", "book-club");
        assertThat(row("accessibility").group().hasDetails()).as("the columns already read are kept").isTrue();
    }

    @Test
    void aFilterMatchingOnlyHiddenGroupsSaysSo() {
        viewModel.filterProperty().set("old-project");

        assertThat(viewModel.shownRows()).isEmpty();
        assertThat(viewModel.emptyMessageProperty().get())
                .isEqualTo("Nothing visible matches ‘old-project’; 1 hidden group does: choose All to see it.");
        viewModel.visibilityProperty().set(Visibility.HIDDEN);
        viewModel.filterProperty().set("critique");
        assertThat(viewModel.emptyMessageProperty().get())
                .isEqualTo("Nothing hidden matches ‘critique’; 1 group in your sidebar does: choose All to see it.");
    }
}
