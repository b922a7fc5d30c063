package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.SameThreadTaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * The server's rate limit: a close waits (on its row, cancellable) and goes again by itself; so do
 * updating the list and filling in its room columns. The fake, the client and the countdown share
 * one hand-moved clock.
 */
class GroupsRateLimitTest extends GroupsViewModelFixture {

    @Test
    void tooManyRequestsWaitsOnTheRowAndTheQueueLineThenRunsTheCloseAgain() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(2)), 1);
        workspace.fake.clearReceivedRequests();

        viewModel.close(row("design-team"));

        assertThat(countdown.isRunning()).isTrue();
        assertThat(row("design-team").isWaiting()).isTrue();
        assertThat(notice()).as("the wait is the queue's, on its line, not a banner").isNull();
        assertThat(viewModel.queue().shownProperty().get()).isTrue();
        assertThat(viewModel.queue().textProperty().get()).startsWith("Paused 2 s (rate limit) · 0 of 1 closed");
        assertThat(viewModel.queue().titleProperty().get()).isEqualTo("0/1 closed");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();

        countdown.finish();

        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(2);
        assertThat(workspace.isOpenForAlex("design-team")).isFalse();
        assertThat(notice().title()).isEqualTo("Closed ‘design-team’");
        assertThat(viewModel.queue().shownProperty().get()).isFalse();
        assertThat(viewModel.queue().titleProperty().get()).isEmpty();
    }

    @Test
    void aWaitOfCenturiesFailsTheCloseAndSaysHowLongInsteadOfCountingDown() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofDays(365L * 300)), 1);

        viewModel.close(row("design-team"));

        assertThat(countdown.isRunning()).isFalse();
        assertThat(row("design-team").isBusy()).isFalse();
        assertThat(notice().title()).isEqualTo("Could not close ‘design-team’");
        assertThat(notice().message()).startsWith("The server asks Tidybar to wait more than a hundred years");
        assertThat(viewModel.queue().shownProperty().get()).isFalse();
    }

    @Test
    void cancellingTheRestStopsTheRetry() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(2)), 1);

        viewModel.close(row("design-team"));
        viewModel.queue().cancel();

        assertThat(countdown.isRunning()).isFalse();
        assertThat(notice()).isNull();
        assertThat(row("design-team").isBusy()).isFalse();
        assertThat(viewModel.queue().shownProperty().get()).isFalse();
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
    }

    @Test
    void aRateLimitTooLongForTheClientToWaitOutCountsDownThenLoads() throws Exception {
        // the client waits out short resets itself; one this long it hands back to the screen
        restartUnloaded(FakeWorkspaceConfig.demo());
        workspace.fake.injectFault("subscriptions.get", Fault.tooManyRequests(Duration.ofMinutes(10)), 1);

        viewModel.load();
        countdown.tick(600);

        assertThat(viewModel.sync().loadingProperty().get()).isFalse();
        assertThat(viewModel.sync().waitingToLoadProperty().get()).isTrue();
        assertThat(viewModel.sync().loadProgressTextProperty().get())
                .isEqualTo("Paused 600 s (rate limit) · Loading your groups…");
        assertThat(notice().title()).isEqualTo("Waiting to load your groups");
        assertThat(notice().message()).endsWith("Trying again in 600 s.");
        workspace.fake.clearReceivedRequests();
        countdown.finish();
        assertThat(workspace.calls()).startsWith("subscriptions.get");
        assertThat(viewModel.sync().waitingToLoadProperty().get()).isFalse();
        assertThat(notice()).isNull();
        assertThat(shownNames()).contains("design-team");
    }

    @Test
    void dismissingTheLoadingWaitKeepsWaiting() throws Exception {
        restartUnloaded(FakeWorkspaceConfig.demo());
        workspace.fake.injectFault("subscriptions.get", Fault.tooManyRequests(Duration.ofMinutes(10)), 1);
        viewModel.load();

        viewModel.noticeProperty().set(null);
        countdown.tick(599);

        assertThat(notice()).isNull();
        assertThat(viewModel.sync().waitingToLoadProperty().get()).isTrue();
        assertThat(viewModel.sync().loadProgressTextProperty().get()).startsWith("Paused 599 s");
    }

    @Test
    void cancellingTheLoadingWaitStopsIt() throws Exception {
        restartUnloaded(FakeWorkspaceConfig.demo());
        workspace.fake.injectFault("subscriptions.get", Fault.tooManyRequests(Duration.ofMinutes(10)), 1);
        viewModel.load();
        workspace.fake.clearReceivedRequests();

        runAction("Cancel");

        assertThat(countdown.isRunning()).isFalse();
        assertThat(viewModel.sync().waitingToLoadProperty().get()).isFalse();
        assertThat(viewModel.sync().progressShownProperty().get()).isFalse();
        assertThat(workspace.calls()).isEmpty();
        assertThat(viewModel.emptyMessageProperty().get()).isEqualTo("Your groups are not loaded. Press F5 to try"
                + " again.");
    }

    @Test
    void anUpdateThatMustWaitLongSaysSoOnTheProgressLineAndKeepsTheClosesBanner() {
        workspace.fake.injectFault("subscriptions.get", Fault.tooManyRequests(Duration.ofMinutes(10)), 1);

        viewModel.close(row("design-team"));
        countdown.tick(600);

        assertThat(shownNames()).as("the close's answer already moved it").doesNotContain("design-team");
        assertThat(notice().title()).isEqualTo("Closed ‘design-team’");
        assertThat(actionLabels()).containsExactly("Undo", "Don’t show again");
        assertThat(viewModel.sync().loadProgressTextProperty().get())
                .isEqualTo("Paused 600 s (rate limit) · Updating the list");
        assertThat(viewModel.sync().loadProgressDetailsProperty().get()).startsWith("Paused until ")
                .endsWith(" (600 s) by the server’s rate limit, then it goes on by itself · Updating the list");
        workspace.fake.clearReceivedRequests();
        countdown.finish();
        assertThat(workspace.calls()).containsExactly("subscriptions.get");
        assertThat(viewModel.sync().progressShownProperty().get()).isFalse();
    }

    @Test
    void aLongWaitForTheRoomColumnsIsCountedDownOnTheProgressLineNotInABanner() throws Exception {
        restartUnloaded(FakeWorkspaceConfig.demo());
        workspace.fake.injectFault("groups.list", Fault.tooManyRequests(Duration.ofMinutes(10)), 1);

        viewModel.load();
        countdown.tick(600);

        assertThat(notice()).isNull();
        assertThat(shownNames()).contains("design-team");
        assertThat(viewModel.sync().loadProgressTextProperty().get())
                .isEqualTo("Paused 600 s (rate limit) · Topics and members: 0 of 41");
        countdown.finish();
        assertThat(row("design-team").group().topic()).isEqualTo("Design reviews and critique");
        assertThat(viewModel.sync().progressShownProperty().get()).isFalse();
    }

    @Test
    void aReopenDoesNotWaitForTheCloseRoutesLimit() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(2)), 1);
        viewModel.close(row("accessibility"));
        assertThat(row("accessibility").isWaiting()).isTrue();

        viewModel.reopen(row("old-project-x"));

        assertThat(workspace.isOpenForAlex("old-project-x")).as("groups.open has a budget of its own").isTrue();
        assertThat(notice().title()).isEqualTo("Reopened ‘old-project-x’");
        assertThat(row("accessibility").isWaiting()).isTrue();
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
    void whileTheClientWaitsOutTheRateLimitByItselfTheProgressAreaSaysSo() throws Exception {
        restartUnloaded(FakeWorkspaceConfig.demo().withExtraGroups(260)
                .withRateLimit(2, Duration.ofSeconds(60)));
        var seen = new ArrayList<String>();
        viewModel.sync().loadProgressTextProperty().addListener((observable, before, now) -> seen.add(now));

        viewModel.load();

        assertThat(seen).contains("Paused 1 s (rate limit) · Topics and members: 200 of 301");
        assertThat(viewModel.sync().loadedProperty().get()).isTrue();
        assertThat(viewModel.groupCount()).isEqualTo(301);
        assertThat(row("design-team").group().hasDetails()).isTrue();
        assertThat(notice()).isNull();
    }
}
