package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.queue.Job;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ticking many groups, the ready-made selections, and closing or reopening what is ticked as one batch. */
class GroupsSelectionTest extends GroupsViewModelFixture {

    @Test
    void ticksSurviveSortingFilteringAndRefresh() {
        viewModel.selection().set(List.of(row("design-team"), row("book-club")), true);

        viewModel.filterProperty().set("design-team");
        assertThat(viewModel.selection().countProperty().get()).isEqualTo(2);
        assertThat(viewModel.selection().notShown()).isEqualTo(1);
        viewModel.refresh();
        viewModel.filterProperty().set("");

        assertThat(tickedNames()).containsExactlyInAnyOrder("design-team", "book-club");
        assertThat(viewModel.selection().countProperty().get()).isEqualTo(2);
    }

    @Test
    void aGroupThatLeavesTheListLeavesTheSelection() {
        viewModel.selection().set(List.of(row("design-team"), row("book-club")), true);
        workspace.fake.deleteGroup(workspace.roomId("book-club"));

        viewModel.refresh();

        assertThat(viewModel.selection().countProperty().get()).isEqualTo(1);
        assertThat(tickedNames()).containsExactly("design-team");
    }

    @Test
    void closeSelectedClosesTheTickedGroupsInTheSidebarAsOneBatchThenReadsOneDelta() {
        viewModel.selection().set(List.of(row("design-team"), row("book-club"), row("team-lunch"),
                row("old-project-x")), true);
        workspace.fake.clearReceivedRequests();
        assertThat(viewModel.selection().countFor(JobKind.CLOSE)).isEqualTo(3);
        assertThat(viewModel.selection().countFor(JobKind.REOPEN)).isEqualTo(1);

        viewModel.closeSelected();

        assertThat(workspace.calls()).containsExactly("groups.close", "groups.close", "groups.close",
                "subscriptions.get");
        assertThat(List.of("design-team", "book-club", "team-lunch")).noneMatch(workspace::isOpenForAlex);
        assertThat(notice().severity()).isEqualTo(Notice.Severity.SUCCESS);
        assertThat(notice().title()).isEqualTo("Closed 3 of 3 groups");
        assertThat(notice().message()).isEqualTo("A hidden group comes back to your sidebar when someone posts in it.");
        assertThat(actionLabels()).containsExactly("Undo: reopen 3", "Don’t show again");
        assertThat(tickedNames()).as("the hidden one was not closed, and stays ticked").containsExactly("old-project-x");
    }

    @Test
    void aBatchWorksDownTheTableInItsSortOrder() throws Exception {
        restartUnloaded(FakeWorkspaceConfig.demo().withRateLimit(1, Duration.ofMinutes(1)));
        viewModel.load();
        // as the table sorted by name, descending, hands it over
        viewModel.selection().orderProperty().set(Comparator.comparing(GroupRow::displayName).reversed());
        viewModel.selection().set(List.of(row("book-club"), row("team-lunch"), row("design-team")), true);

        viewModel.closeSelected();

        assertThat(workspace.isOpenForAlex("team-lunch")).as("the top row goes first").isFalse();
        assertThat(viewModel.unfinishedJobs()).extracting(Job::groupName)
                .containsExactly("design-team", "book-club");
    }

    @Test
    void aTickedRowClosedOnItsOwnIsUntickedAsABatchUnticksItsRows() {
        viewModel.selection().set(List.of(row("design-team"), row("book-club")), true);

        viewModel.close(row("design-team"));

        assertThat(workspace.isOpenForAlex("design-team")).isFalse();
        assertThat(tickedNames()).containsExactly("book-club");
        assertThat(viewModel.selection().countFor(JobKind.REOPEN)).as("nothing hidden is left ticked").isZero();
    }

    @Test
    void undoOfABatchReopensWhatItClosedThroughTheQueue() {
        viewModel.selection().set(List.of(row("design-team"), row("book-club")), true);
        viewModel.closeSelected();
        workspace.fake.clearReceivedRequests();

        runAction("Undo: reopen 2");

        assertThat(workspace.calls()).containsExactly("groups.open", "groups.open", "subscriptions.get");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
        assertThat(workspace.isOpenForAlex("book-club")).isTrue();
        assertThat(notice().title()).isEqualTo("Reopened 2 of 2 groups");
        assertThat(actionLabels()).containsExactly("Undo: close 2");
    }

    @Test
    void theSummaryCountsGoneAndFailedSaysWhyAndRetriesTheFailedOnly() {
        viewModel.selection().set(List.of(row("book-club"), row("design-team"), row("team-lunch")), true);
        workspace.fake.deleteGroup(workspace.roomId("team-lunch"));
        // a batch goes in name order: book-club's close is the one refused
        workspace.fake.injectFault("groups.close", Fault.forbidden(), 1);

        viewModel.closeSelected();

        assertThat(notice().severity()).isEqualTo(Notice.Severity.WARNING);
        assertThat(notice().title()).isEqualTo("Closed 1 of 3 groups");
        assertThat(notice().message()).startsWith("1 gone · 1 failed.");
        assertThat(notice().details()).contains("‘book-club’ failed: The server says you are not allowed",
                "‘team-lunch’ is gone");
        assertThat(actionLabels()).containsExactly("Undo closing ‘design-team’", "Retry failed", "Don’t show again");
        assertThat(row("book-club").failure()).contains("not allowed");

        runAction("Retry failed");

        assertThat(workspace.isOpenForAlex("book-club")).isFalse();
        assertThat(notice().title()).isEqualTo("Closed ‘book-club’");
        assertThat(row("book-club").failure()).isNull();
        assertThat(actionLabels()).as("the retry's Undo covers the first try's close too")
                .containsExactly("Undo", "Don’t show again");
        workspace.fake.clearReceivedRequests();
        runAction("Undo");
        assertThat(workspace.calls()).containsExactly("groups.open", "groups.open", "subscriptions.get");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
        assertThat(workspace.isOpenForAlex("book-club")).isTrue();
    }

    @Test
    void cancelDropsWhatIsNotSentAndTheSummarySaysSo() throws Exception {
        restartUnloaded(FakeWorkspaceConfig.demo().withRateLimit(2, Duration.ofMinutes(1)));
        viewModel.load();
        viewModel.selection().set(List.of(row("design-team"), row("book-club"), row("team-lunch"), row("mobile-app")),
                true);

        viewModel.closeSelected();
        assertThat(viewModel.queue().textProperty().get()).startsWith("Paused 60 s (rate limit) · 2 of 4 closed · ");
        viewModel.rowAction(row("mobile-app"));
        assertThat(viewModel.queue().textProperty().get()).as("a cancelled job leaves the count")
                .startsWith("Paused 60 s (rate limit) · 2 of 3 closed · ");
        viewModel.queue().cancel();

        assertThat(notice().title()).isEqualTo("Closed 2 of 4 groups");
        assertThat(notice().message()).startsWith("2 cancelled.");
        assertThat(workspace.isOpenForAlex("mobile-app")).isTrue();
        assertThat(viewModel.queue().shownProperty().get()).isFalse();
        assertThat(countdown.isRunning()).isFalse();
    }

    @Test
    void smartSelectionsCountFirstFollowTheFilterAndOnlyTick() {
        workspace.fake.clearReceivedRequests();
        int noUnread = (int) viewModel.shownRows().stream().filter(shown -> shown.group().unread() == 0).count();
        assertThat(viewModel.selection().countShown(SmartSelection.NO_UNREAD, 0)).isEqualTo(noUnread).isPositive();
        assertThat(viewModel.selection().countShown(SmartSelection.ARCHIVED, 0)).isEqualTo(1);
        assertThat(viewModel.selection().countShown(SmartSelection.READ_ONLY, 0)).isEqualTo(1);

        viewModel.selection().selectShown(SmartSelection.INACTIVE, 100);
        assertThat(tickedNames()).contains("release-2025", "vendor-evaluations", "board-prep")
                .doesNotContain("design-team", "infra-costs", "old-project-x");
        viewModel.selection().clear();
        viewModel.selection().set(List.of(row("design-team")), true);
        viewModel.filterProperty().set("guild");
        viewModel.selection().selectShown(SmartSelection.NO_UNREAD, 0);

        assertThat(tickedNames()).as("added to the ticks made by hand")
                .containsExactlyInAnyOrder("backend-guild", "design-team");
        assertThat(workspace.calls()).as("selecting sends nothing").isEmpty();
    }

    private List<String> tickedNames() {
        var visibility = viewModel.visibilityProperty().get();
        var filter = viewModel.filterProperty().get();
        viewModel.visibilityProperty().set(Visibility.ALL);
        viewModel.filterProperty().set("");
        var names = viewModel.shownRows().stream().filter(GroupRow::isSelected).map(GroupRow::displayName).toList();
        viewModel.filterProperty().set(filter);
        viewModel.visibilityProperty().set(visibility);
        return names;
    }
}
