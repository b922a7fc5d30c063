package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import dev.tidybar.ui.common.Notice;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The server's rate limit: a close waits (on its row, cancellable) and goes again by itself; so does loading. */
class GroupsRateLimitTest extends GroupsViewModelFixture {

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
    void aRateLimitTooLongForTheClientToWaitOutCountsDownThenLoads() {
        // the client waits out short resets itself; one this long it hands back to the screen
        workspace.fake.injectFault("groups.list", Fault.tooManyRequests(Duration.ofMinutes(10)), 1);

        viewModel.refresh();
        countdown.tick(600);

        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.waitingToLoadProperty().get()).isTrue();
        assertThat(viewModel.loadProgressTextProperty().get())
                .isEqualTo("Waiting for the server’s rate limit: 600 s");
        assertThat(notice().title()).isEqualTo("Waiting to load your groups");
        assertThat(notice().message()).endsWith("Trying again in 600 s.");
        workspace.fake.clearReceivedRequests();
        countdown.finish();
        assertThat(workspace.calls()).containsExactly("groups.list");
        assertThat(viewModel.waitingToLoadProperty().get()).isFalse();
        assertThat(notice()).isNull();
        assertThat(shownNames()).contains("design-team");
    }

    @Test
    void dismissingTheLoadingWaitKeepsWaiting() {
        workspace.fake.injectFault("groups.list", Fault.tooManyRequests(Duration.ofMinutes(10)), 1);
        viewModel.refresh();

        viewModel.noticeProperty().set(null);
        countdown.tick(599);

        assertThat(notice()).isNull();
        assertThat(viewModel.waitingToLoadProperty().get()).isTrue();
        assertThat(viewModel.loadProgressTextProperty().get()).endsWith("599 s");
    }

    @Test
    void cancellingTheLoadingWaitStopsIt() {
        workspace.fake.injectFault("groups.list", Fault.tooManyRequests(Duration.ofMinutes(10)), 1);
        viewModel.refresh();
        workspace.fake.clearReceivedRequests();

        runAction("Cancel");

        assertThat(countdown.isRunning()).isFalse();
        assertThat(viewModel.waitingToLoadProperty().get()).isFalse();
        assertThat(workspace.calls()).isEmpty();
    }

    @Test
    void aReloadAfterACloseThatMustWaitStillOffersTheUndo() {
        workspace.fake.injectFault("groups.list", Fault.tooManyRequests(Duration.ofMinutes(10)), 1);

        viewModel.close(row("design-team"));

        assertThat(notice().title()).isEqualTo("Waiting to load your groups");
        assertThat(actionLabels()).containsExactly("Cancel", "Undo closing ‘design-team’");
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
    void whileTheClientWaitsOutTheRateLimitByItselfTheProgressAreaSaysSo() throws Exception {
        workspace.close();
        start(FakeWorkspaceConfig.demo().withExtraGroups(260).withRateLimit(2, Duration.ofSeconds(1)));
        var seen = new ArrayList<String>();
        viewModel.loadProgressTextProperty().addListener((observable, before, now) -> seen.add(now));

        viewModel.refresh();

        assertThat(seen).contains("Waiting for the server’s rate limit: 1 s");
        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(viewModel.groupCount()).isGreaterThan(300);
        assertThat(notice()).isNull();
    }
}
