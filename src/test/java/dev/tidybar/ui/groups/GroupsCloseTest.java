package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.Fault;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.queue.JobState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Closing and reopening one group: what it costs in calls, its banner and Undo, and its failures and retries. */
class GroupsCloseTest extends GroupsViewModelFixture {

    @Test
    void closeCostsOneCloseAndOneDeltaAndMovesTheRowToHidden() {
        var jobSteps = new ArrayList<JobState>();
        row("design-team").jobProperty().addListener((observable, before, now) -> jobSteps.add(now));
        workspace.fake.clearReceivedRequests();

        viewModel.close(row("design-team"));

        assertThat(jobSteps).containsExactly(JobState.WAITING, JobState.SENDING, null);
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(1);
        assertThat(workspace.calls()).containsExactly("groups.close", "subscriptions.get");
        assertThat(workspace.isOpenForAlex("design-team")).isFalse();
        assertThat(shownNames()).doesNotContain("design-team");
        viewModel.visibilityProperty().set(Visibility.HIDDEN);
        assertThat(shownNames()).contains("design-team");
        assertThat(notice().severity()).isEqualTo(Notice.Severity.SUCCESS);
        assertThat(notice().title() + ". " + notice().message())
                .isEqualTo("Closed ‘design-team’. It comes back to your sidebar when someone posts in it.");
        assertThat(actionLabels()).containsExactly("Undo", "Don’t show again");
    }

    @Test
    void dontShowAgainDropsTheComebackHintFromLaterBanners() {
        viewModel.close(row("design-team"));
        runAction("Don’t show again");

        assertThat(notice().title()).as("the same banner stays, its Undo at hand").isEqualTo("Closed ‘design-team’");
        assertThat(notice().message()).isEmpty();
        assertThat(actionLabels()).containsExactly("Undo");
        viewModel.close(row("book-club"));

        assertThat(viewModel.comebackHintProperty().get()).isFalse();
        assertThat(notice().title()).isEqualTo("Closed ‘book-club’");
        assertThat(notice().message()).isEmpty();
        assertThat(actionLabels()).containsExactly("Undo");
    }

    @Test
    void undoReopensWhatWasClosed() {
        viewModel.close(row("design-team"));
        workspace.fake.clearReceivedRequests();

        runAction("Undo");

        assertThat(workspace.callsTo("groups.open", "design-team")).hasSize(1);
        assertThat(workspace.calls()).containsExactly("groups.open", "subscriptions.get");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
        assertThat(shownNames()).contains("design-team");
        assertThat(notice().title()).isEqualTo("Reopened ‘design-team’");
    }

    @Test
    void reopenBringsAHiddenGroupBack() {
        workspace.fake.clearReceivedRequests();

        viewModel.reopen(row("old-project-x"));

        assertThat(workspace.callsTo("groups.open", "old-project-x")).hasSize(1);
        assertThat(workspace.isOpenForAlex("old-project-x")).isTrue();
        assertThat(shownNames()).contains("old-project-x");
        assertThat(notice().title() + ". " + notice().message())
                .isEqualTo("Reopened ‘old-project-x’. It is back in your sidebar.");
        assertThat(viewModel.hiddenCountProperty().get()).isEqualTo(viewModel.groupCount()
                - viewModel.visibleCountProperty().get());
    }

    @Test
    void aGroupThatIsGoneGetsAnErrorAndLeavesTheList() {
        var designTeam = row("design-team");
        int before = viewModel.groupCount();
        workspace.fake.deleteGroup(designTeam.id());
        workspace.fake.clearReceivedRequests();

        viewModel.close(designTeam);

        assertThat(notice().severity()).isEqualTo(Notice.Severity.ERROR);
        assertThat(notice().title()).isEqualTo("‘design-team’ is no longer there");
        assertThat(notice().message()).contains("deleted", "no longer a member");
        assertThat(notice().details()).contains("HTTP 400", "error-room-not-found", "Time:");
        assertThat(workspace.calls()).containsExactly("groups.close", "subscriptions.get");
        assertThat(viewModel.groupCount()).isEqualTo(before - 1);
        viewModel.visibilityProperty().set(Visibility.ALL);
        assertThat(shownNames()).doesNotContain("design-team");
    }

    @Test
    void closingAGroupClosedBehindOurBackIsInfoNotAnError() throws Exception {
        workspace.client.closeGroup(workspace.session, workspace.roomId("design-team"));
        workspace.fake.clearReceivedRequests();

        viewModel.close(row("design-team"));

        assertThat(notice().severity()).isEqualTo(Notice.Severity.INFO);
        assertThat(notice().title()).isEqualTo("‘design-team’ was already hidden");
        assertThat(notice().details()).contains("HTTP 400", "already closed to the sender");
        assertThat(workspace.calls()).containsExactly("groups.close", "subscriptions.get");
        assertThat(shownNames()).doesNotContain("design-team");
    }

    @Test
    void oneProxyErrorPageIsRetriedByItselfAfterABackOff() {
        workspace.fake.injectFault("groups.close", Fault.htmlBadGateway(), 1);

        viewModel.close(row("design-team"));

        assertThat(row("design-team").isWaiting()).isTrue();
        assertThat(viewModel.queue().textProperty().get()).startsWith("Retrying in 2 s (server trouble) · 0 of 1 closed");
        countdown.finish();
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(2);
        assertThat(notice().title()).isEqualTo("Closed ‘design-team’");
    }

    @Test
    void aProxyErrorPageThatStaysOffersRetryWhichRunsTheSameClose() {
        workspace.fake.injectFault("groups.close", Fault.htmlBadGateway(), 4);

        viewModel.close(row("design-team"));
        var backOffs = waitOutEveryPause();

        assertThat(backOffs).containsExactly(2L, 4L, 8L);
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(4);
        assertThat(notice().severity()).isEqualTo(Notice.Severity.ERROR);
        assertThat(notice().title()).isEqualTo("Could not close ‘design-team’");
        assertThat(notice().message()).contains("proxy", "502");
        assertThat(actionLabels()).containsExactly("Retry");
        assertThat(row("design-team").failure()).contains("proxy", "502");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();

        runAction("Retry");

        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(5);
        assertThat(workspace.isOpenForAlex("design-team")).isFalse();
        assertThat(notice().title()).isEqualTo("Closed ‘design-team’");
        assertThat(row("design-team").failure()).isNull();
    }

    @Test
    void aServerErrorAndACutConnectionBothOfferRetry() {
        workspace.fake.injectFault("groups.close", Fault.serverError(), 4);
        viewModel.close(row("design-team"));
        waitOutEveryPause();
        assertThat(notice().message()).contains("had a problem", "500");
        assertThat(actionLabels()).containsExactly("Retry");

        workspace.fake.injectFault("groups.close", Fault.connectionReset(), 4);
        runAction("Retry");
        waitOutEveryPause();
        assertThat(notice().title()).isEqualTo("Could not close ‘design-team’");
        assertThat(notice().message()).contains("127.0.0.1");
        assertThat(actionLabels()).containsExactly("Retry");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
    }

    @Test
    void aRefusalIsNeverRetried() {
        workspace.fake.injectFault("groups.close", Fault.forbidden(), 1);

        viewModel.close(row("design-team"));

        assertThat(countdown.isRunning()).isFalse();
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(1);
        assertThat(notice().message()).contains("not allowed");
    }

    /** Lets every pause of the queue pass, and says how long each was, in seconds. */
    private List<Long> waitOutEveryPause() {
        var pauses = new ArrayList<Long>();
        for (int i = 0; i < 10 && countdown.isRunning(); i++) {
            pauses.add(java.time.Duration.between(clock.instant(), countdown.deadline()).toSeconds());
            countdown.finish();
        }
        return pauses;
    }

    @Test
    void whenTheReloadAfterACloseFailsItsBannerStillOffersTheUndo() {
        workspace.fake.injectFault("subscriptions.get", Fault.malformedJson(), 1);

        viewModel.close(row("design-team"));

        assertThat(notice().title()).isEqualTo("Could not load your groups");
        assertThat(actionLabels()).containsExactly("Retry", "Undo closing ‘design-team’");
        runAction("Undo closing ‘design-team’");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
        assertThat(notice().title()).isEqualTo("Reopened ‘design-team’");
    }

    @Test
    void underTheProductionRateLimitACloseStillCostsOneCloseAndOneDelta() throws Exception {
        restartUnloaded(FakeWorkspaceConfig.demo().withExtraGroups(1200)
                .withRateLimit(10, Duration.ofMinutes(1)));
        viewModel.load();
        assertThat(viewModel.groupCount()).isEqualTo(1241);
        var oneListThenThirteenPages = new ArrayList<>(List.of("subscriptions.get"));
        oneListThenThirteenPages.addAll(Collections.nCopies(13, "groups.list"));
        assertThat(workspace.calls()).containsExactlyElementsOf(oneListThenThirteenPages);
        workspace.fake.clearReceivedRequests();

        viewModel.close(row("design-team"));

        assertThat(workspace.calls()).containsExactly("groups.close", "subscriptions.get");
        assertThat(workspace.isOpenForAlex("design-team")).isFalse();
    }
}
