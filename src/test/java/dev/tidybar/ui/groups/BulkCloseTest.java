package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.ui.queue.QueueProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A bulk close under the fake's limiter at 5 calls per 2 s, on a hand-moved clock: the clock moves only
 * when the queue's pause ends, so the time it takes is exactly what the pacing costs.
 */
class BulkCloseTest extends GroupsViewModelFixture {

    private static final int GROUPS = 23;
    private static final Duration WINDOW = Duration.ofSeconds(2);

    @Test
    void twentyThreeClosesGoAtTheServersPaceEachOnceWithNoRefusalAndAnHonestTimeLeft() throws Exception {
        restartUnloaded(FakeWorkspaceConfig.demo().withExtraGroups(GROUPS).withRateLimit(5, WINDOW));
        viewModel.load();
        var batch = viewModel.shownRows().stream().limit(GROUPS).toList();
        viewModel.selection().set(batch, true);
        workspace.fake.clearReceivedRequests();
        var lines = new ArrayList<String>();
        viewModel.queue().textProperty().addListener((observable, before, now) -> lines.add(now));
        Instant start = clock.instant();

        viewModel.closeSelected();
        QueueProgress first = viewModel.queue().progressProperty().get();
        var told = first.timeLeft();
        int pauses = 0;
        while (countdown.isRunning()) {
            countdown.finish();
            pauses++;
        }
        var took = Duration.between(start, clock.instant());

        var closes = workspace.fake.receivedRequests().stream()
                .filter(request -> request.endpoint().equals("groups.close"))
                .collect(Collectors.groupingBy(request -> request.bodyField("roomId").orElseThrow(),
                        Collectors.counting()));
        assertThat(closes).hasSize(GROUPS).allSatisfy((room, count) -> assertThat(count).isEqualTo(1));
        assertThat(batch).noneMatch(row -> workspace.fake.isOpenFor("alex", row.id()).orElseThrow());
        // every close sent was taken: the client never sent one the budget said would be refused
        assertThat(closes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(GROUPS);
        assertThat(pauses).isEqualTo((GROUPS + 4) / 5 - 1);
        assertThat(took).isEqualTo(WINDOW.multipliedBy(pauses));
        assertThat(told.minus(took).abs()).isLessThanOrEqualTo(WINDOW);
        assertThat(lines).contains("Paused 2 s (rate limit) · 5 of 23 closed · a few seconds left · the server"
                + " allows 5 every 2 s");
        assertThat(notice().title()).isEqualTo("Closed 23 of 23 groups");
        assertThat(viewModel.queue().shownProperty().get()).isFalse();
    }
}
