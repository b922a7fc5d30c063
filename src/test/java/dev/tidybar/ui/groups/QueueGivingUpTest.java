package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.Fault;
import dev.tidybar.ui.common.HeldTaskRunner;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the queue stops trying: a wait of centuries fails every job of its kind at once, yet holds
 * the route back only a minute; and a close on the wire when the user cancels the rest is never sent again.
 */
class QueueGivingUpTest extends GroupsViewModelFixture {

    private static final List<String> THREE = List.of("design-team", "docs-writers", "book-club");

    @Test
    void aWaitOfCenturiesFailsTheWholeBatchWithoutSendingTheRest() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofDays(365L * 300)), 1);
        workspace.fake.clearReceivedRequests();
        viewModel.selection().set(THREE.stream().map(this::row).toList(), true);

        viewModel.closeSelected();

        assertThat(workspace.calls()).as("one refusal is enough").filteredOn("groups.close"::equals).hasSize(1);
        assertThat(notice().title()).isEqualTo("Closed 0 of 3 groups");
        assertThat(notice().message()).startsWith("3 failed");
        assertThat(notice().details())
                .contains("‘book-club’ failed: The server asks Tidybar to wait more than a hundred years");
        assertThat(row("docs-writers").failure()).contains("more than a hundred years");
        assertThat(countdown.isRunning()).isFalse();
        THREE.forEach(name -> assertThat(workspace.isOpenForAlex(name)).as(name).isTrue());
    }

    @Test
    void aMinuteAfterAWaitOfCenturiesTheServerIsAskedAgain() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofDays(365L * 300)), 1);
        viewModel.close(row("design-team"));
        assertThat(notice().message()).contains("more than a hundred years");

        clock.advance(Duration.ofSeconds(61));
        viewModel.close(row("design-team"));

        assertThat(workspace.isOpenForAlex("design-team")).isFalse();
    }

    @Test
    void aCloseOnTheWireWhenTheRestIsCancelledIsNotSentAgain() {
        var held = new HeldTaskRunner();
        var screen = loadedOn(held);
        workspace.fake.injectFault("groups.close", Fault.serverError(), 1);

        screen.close(row(screen, "design-team"));
        screen.queue().cancel();
        held.releaseAll();
        countdown.finish();

        assertThat(workspace.calls()).filteredOn("groups.close"::equals).hasSize(1);
        assertThat(row(screen, "design-team").isBusy()).isFalse();
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
    }
}
