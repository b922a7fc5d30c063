package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.Fault;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.ManualCountdown;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.SameThreadTaskRunner;
import dev.tidybar.ui.common.UiText;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupsViewModelTest {

    private final UiText text = UiText.load(Locale.ENGLISH);
    private final ManualCountdown countdown = new ManualCountdown();
    private final List<Notice> sessionEnds = new ArrayList<>();
    private SignedInWorkspace workspace;
    private GroupsViewModel viewModel;

    @BeforeEach
    void signIn() throws Exception {
        start(FakeWorkspaceConfig.demo());
    }

    @AfterEach
    void stop() {
        workspace.close();
    }

    @Test
    void loadsEveryGroupAndShowsThoseInTheSidebarFirst() {
        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(shownNames()).contains("design-team", "release-2025", "Q3 planning")
                .doesNotContain("old-project-x");
        assertThat(viewModel.visibleCountProperty().get() + viewModel.hiddenCountProperty().get())
                .isEqualTo(viewModel.groupCount());
        assertThat(viewModel.groupCount()).isGreaterThanOrEqualTo(40);
        assertThat(workspace.calls()).containsExactly("groups.list");
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
    void aLargeWorkspaceShowsHowFarLoadingHasGot() throws Exception {
        workspace.close();
        start(FakeWorkspaceConfig.demo().withExtraGroups(260));
        var seen = new ArrayList<String>();
        viewModel.loadProgressTextProperty().addListener((observable, before, now) -> seen.add(now));

        viewModel.refresh();

        int total = viewModel.groupCount();
        assertThat(total).isGreaterThan(300);
        assertThat(seen).contains(String.format(Locale.ENGLISH, "%,d of %,d", total, total));
        String ofTotal = String.format(Locale.ENGLISH, " of %,d", total);
        assertThat(seen).anyMatch(step -> step.endsWith(ofTotal)
                && !step.equals(String.format(Locale.ENGLISH, "%,d", total) + ofTotal));
    }

    @Test
    void closeSendsGroupsCloseReloadsAndMovesTheRowToHidden() {
        var busySteps = new ArrayList<Boolean>();
        row("design-team").busyProperty().addListener((observable, before, now) -> busySteps.add(now));
        workspace.fake.clearReceivedRequests();

        viewModel.close(row("design-team"));

        assertThat(busySteps).containsExactly(true, false);
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(1);
        assertThat(workspace.calls()).containsExactly("groups.close", "groups.list");
        assertThat(workspace.isOpenForAlex("design-team")).isFalse();
        assertThat(shownNames()).doesNotContain("design-team");
        viewModel.visibilityProperty().set(Visibility.HIDDEN);
        assertThat(shownNames()).contains("design-team");
        assertThat(notice().severity()).isEqualTo(Notice.Severity.SUCCESS);
        assertThat(notice().title() + ". " + notice().message())
                .isEqualTo("Closed ‘design-team’. It comes back to your sidebar when someone posts in it.");
        assertThat(actionLabels()).containsExactly("Undo");
    }

    @Test
    void undoReopensWhatWasClosed() {
        viewModel.close(row("design-team"));
        workspace.fake.clearReceivedRequests();

        runAction("Undo");

        assertThat(workspace.callsTo("groups.open", "design-team")).hasSize(1);
        assertThat(workspace.calls()).containsExactly("groups.open", "groups.list");
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
    void aGroupThatIsGoneGetsAnErrorAndTheListReloads() {
        var designTeam = row("design-team");
        int before = viewModel.groupCount();
        workspace.fake.deleteGroup(designTeam.id());
        workspace.fake.clearReceivedRequests();

        viewModel.close(designTeam);

        assertThat(notice().severity()).isEqualTo(Notice.Severity.ERROR);
        assertThat(notice().title()).isEqualTo("‘design-team’ is no longer there");
        assertThat(notice().message()).contains("deleted", "no longer a member");
        assertThat(notice().details()).contains("HTTP 400", "error-room-not-found", "Time:");
        assertThat(workspace.calls()).containsExactly("groups.close", "groups.list");
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
        assertThat(workspace.calls()).containsExactly("groups.close", "groups.list");
        assertThat(shownNames()).doesNotContain("design-team");
    }

    @Test
    void aRevokedSessionGoesBackToLoginWithABanner() {
        workspace.fake.revokeAllTokens();

        viewModel.close(row("design-team"));

        assertThat(sessionEnds).hasSize(1);
        assertThat(sessionEnds.get(0).title()).isEqualTo("Your session ended");
        assertThat(sessionEnds.get(0).message()).contains("signed out", "expired", "revoked", "Sign in again");
        assertThat(sessionEnds.get(0).details()).contains("HTTP 401");
    }

    @Test
    void aRevokedSessionWhileLoadingAlsoGoesBackToLogin() {
        workspace.fake.revokeAllTokens();

        viewModel.refresh();

        assertThat(sessionEnds).extracting(Notice::title).containsExactly("Your session ended");
    }

    @Test
    void tooManyRequestsCountsDownAndThenRunsTheCloseAgain() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(2)), 1);
        workspace.fake.clearReceivedRequests();

        viewModel.close(row("design-team"));

        assertThat(countdown.isRunning()).isTrue();
        assertThat(row("design-team").isWaiting()).isTrue();
        assertThat(notice().severity()).isEqualTo(Notice.Severity.WARNING);
        assertThat(notice().title()).isEqualTo("Waiting to close ‘design-team’");
        countdown.tick(2);
        assertThat(notice().message()).endsWith("Trying again in 2 s.");
        assertThat(notice().details()).contains("HTTP 429", "Allowed again at:");
        assertThat(actionLabels()).containsExactly("Cancel");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();

        countdown.finish();

        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(2);
        assertThat(workspace.isOpenForAlex("design-team")).isFalse();
        assertThat(notice().title()).isEqualTo("Closed ‘design-team’");
    }

    @Test
    void cancellingTheWaitStopsTheRetry() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(2)), 1);

        viewModel.close(row("design-team"));
        runAction("Cancel");

        assertThat(countdown.isRunning()).isFalse();
        assertThat(notice()).isNull();
        assertThat(row("design-team").isBusy()).isFalse();
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
    }

    @Test
    void aProxyErrorPageOffersRetryWhichRunsTheSameClose() {
        workspace.fake.injectFault("groups.close", Fault.htmlBadGateway(), 1);

        viewModel.close(row("design-team"));

        assertThat(notice().severity()).isEqualTo(Notice.Severity.ERROR);
        assertThat(notice().title()).isEqualTo("Could not close ‘design-team’");
        assertThat(notice().message()).contains("proxy", "502");
        assertThat(actionLabels()).containsExactly("Retry");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();

        runAction("Retry");

        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(2);
        assertThat(workspace.isOpenForAlex("design-team")).isFalse();
        assertThat(notice().title()).isEqualTo("Closed ‘design-team’");
    }

    @Test
    void aServerErrorAndACutConnectionBothOfferRetry() {
        workspace.fake.injectFault("groups.close", Fault.serverError(), 1);
        viewModel.close(row("design-team"));
        assertThat(notice().message()).contains("had a problem", "500");
        assertThat(actionLabels()).containsExactly("Retry");

        workspace.fake.injectFault("groups.close", Fault.connectionReset(), 1);
        runAction("Retry");
        assertThat(notice().title()).isEqualTo("Could not close ‘design-team’");
        assertThat(notice().message()).contains("127.0.0.1");
        assertThat(actionLabels()).containsExactly("Retry");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
    }

    @Test
    void aFailedLoadSaysSoAndRetryLoadsAgain() {
        workspace.fake.injectFault("groups.list", Fault.malformedJson(), 1);

        viewModel.refresh();

        assertThat(notice().title()).isEqualTo("Could not load your groups");
        assertThat(viewModel.loadingProperty().get()).isFalse();
        runAction("Retry");
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(shownNames()).contains("design-team");
    }

    @Test
    void tooManyRequestsWhileLoadingCountsDownInTheProgressAreaThenLoads() {
        workspace.fake.injectFault("groups.list", Fault.tooManyRequests(Duration.ofSeconds(2)), 1);

        viewModel.refresh();
        countdown.tick(2);

        assertThat(viewModel.loadingProperty().get()).isTrue();
        assertThat(viewModel.loadProgressTextProperty().get()).isEqualTo("Waiting for the server’s rate limit: 2 s");
        assertThat(notice()).isNull();
        workspace.fake.clearReceivedRequests();
        countdown.finish();
        assertThat(workspace.calls()).containsExactly("groups.list");
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(shownNames()).contains("design-team");
    }

    @Test
    void aReloadThatMustWaitKeepsTheUndoOfTheCloseThatCausedIt() {
        workspace.fake.injectFault("groups.list", Fault.tooManyRequests(Duration.ofSeconds(2)), 1);

        viewModel.close(row("design-team"));

        assertThat(notice().title()).isEqualTo("Closed ‘design-team’");
        assertThat(actionLabels()).containsExactly("Undo");
        assertThat(viewModel.loadingProperty().get()).isTrue();
        countdown.finish();
        assertThat(shownNames()).doesNotContain("design-team");
        assertThat(notice().title()).isEqualTo("Closed ‘design-team’");
    }

    @Test
    void whenTheReloadAfterACloseFailsItsBannerStillOffersTheUndo() {
        workspace.fake.injectFault("groups.list", Fault.malformedJson(), 1);

        viewModel.close(row("design-team"));

        assertThat(notice().title()).isEqualTo("Could not load your groups");
        assertThat(actionLabels()).containsExactly("Retry", "Undo closing ‘design-team’");
        runAction("Undo closing ‘design-team’");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
        assertThat(notice().title()).isEqualTo("Reopened ‘design-team’");
    }

    @Test
    void dismissingTheWaitingBannerKeepsTheCloseWaitingOnItsRow() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(2)), 1);
        viewModel.close(row("design-team"));

        viewModel.noticeProperty().set(null);
        countdown.tick(1);

        assertThat(notice()).isNull();
        assertThat(row("design-team").isWaiting()).isTrue();
        countdown.finish();
        assertThat(workspace.isOpenForAlex("design-team")).isFalse();
        assertThat(notice().title()).isEqualTo("Closed ‘design-team’");
    }

    @Test
    void anotherBannerDoesNotDropAWaitingClose() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(2)), 1);
        viewModel.close(row("accessibility"));
        assertThat(row("accessibility").isWaiting()).isTrue();

        viewModel.reopen(row("old-project-x"));

        assertThat(notice().title()).isEqualTo("Reopened ‘old-project-x’");
        countdown.tick(1);
        assertThat(notice().title()).isEqualTo("Reopened ‘old-project-x’");
        assertThat(row("accessibility").isWaiting()).isTrue();
        assertThat(row("accessibility").isBusy()).isTrue();
        countdown.finish();
        assertThat(workspace.isOpenForAlex("accessibility")).isFalse();
        assertThat(row("accessibility").isBusy()).isFalse();
        assertThat(notice().title()).isEqualTo("Closed ‘accessibility’");
    }

    @Test
    void theWaitingRowsButtonCancelsItsClose() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(2)), 1);
        viewModel.close(row("design-team"));

        viewModel.rowAction(row("design-team"));

        assertThat(countdown.isRunning()).isFalse();
        assertThat(row("design-team").isBusy()).isFalse();
        assertThat(notice()).isNull();
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
    }

    @Test
    void aFilterMatchingOnlyHiddenGroupsSaysSo() {
        viewModel.filterProperty().set("old-project");

        assertThat(viewModel.shownRows()).isEmpty();
        assertThat(viewModel.emptyMessageProperty().get())
                .isEqualTo("Nothing visible matches ‘old-project’; 1 hidden group does: choose All to see it.");
        viewModel.visibilityProperty().set(Visibility.HIDDEN);
        viewModel.filterProperty().set("critique");
        assertThat(viewModel.emptyMessageProperty().get()).isEqualTo("Nothing hidden matches ‘critique’; 1 group in your sidebar does: choose All to see it.");
    }

    @Test
    void logOutEndsTheSessionOnTheServerAndReturnsWithoutABanner() {
        workspace.fake.clearReceivedRequests();

        viewModel.logOut();

        assertThat(workspace.calls()).containsExactly("logout");
        assertThat(sessionEnds).containsExactly((Notice) null);
    }

    private void start(FakeWorkspaceConfig config) throws Exception {
        start(config, DemoSeed.ALEX);
    }

    private void start(FakeWorkspaceConfig config, String username) throws Exception {
        workspace = SignedInWorkspace.start(config, username);
        var clock = Clock.systemUTC();
        viewModel = new GroupsViewModel(workspace.client, new SameThreadTaskRunner(), new ErrorNotices(text, clock),
                text, clock, workspace.session, sessionEnds::add, countdown);
        viewModel.refresh();
    }

    private GroupRow row(String name) {
        var visibility = viewModel.visibilityProperty().get();
        viewModel.visibilityProperty().set(Visibility.ALL);
        var row = viewModel.shownRows().stream().filter(candidate -> candidate.displayName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name));
        viewModel.visibilityProperty().set(visibility);
        return row;
    }

    private List<String> shownNames() {
        return viewModel.shownRows().stream().map(GroupRow::displayName).toList();
    }

    private Notice notice() {
        return viewModel.noticeProperty().get();
    }

    private List<String> actionLabels() {
        return notice().actions().stream().map(Notice.Action::label).toList();
    }

    /** What the banner's button does: dismiss the banner, then run the action. */
    private void runAction(String label) {
        var action = notice().actions().stream().filter(candidate -> candidate.label().equals(label))
                .findFirst().orElseThrow();
        viewModel.noticeProperty().set(null);
        action.run().run();
    }
}
