package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.common.SameThreadTaskRunner;
import dev.tidybar.ui.queue.Job;
import dev.tidybar.ui.queue.SavedQueue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost: the queue is saved as it goes, offered at the next sign-in of the same user on the same
 * workspace, checked against the list first, and carried on after the server ends a session mid-batch.
 * The limiter allows 2 closes a minute, so a batch of five is always half done.
 */
class GroupsQueueMemoryTest extends GroupsViewModelFixture {

    private static final List<String> FIVE = List.of("design-team", "book-club", "team-lunch", "mobile-app",
            "backend-guild");

    @BeforeEach
    void limitTheCloses() throws Exception {
        restartUnloaded(FakeWorkspaceConfig.demo().withRateLimit(2, Duration.ofMinutes(1)));
        viewModel.load();
    }

    @Test
    void quittingKeepsTheRestAndTheNextSignInOffersItThenEachIsClosedOnce() throws Exception {
        closeFive();
        assertThat(viewModel.unfinishedJobs()).hasSize(3);
        assertThat(queueStore.jobCount()).isEqualTo(3);

        viewModel.dispose();
        viewModel = viewModelOn(new SameThreadTaskRunner(), workspace.signIn(DemoSeed.ALEX));
        viewModel.load();

        assertThat(notice().title()).isEqualTo("Resume 3 closes?");
        assertThat(notice().message()).startsWith("They were left in the queue on ");
        assertThat(actionLabels()).containsExactly("Resume", "Discard");
        runAction("Resume");
        while (countdown.isRunning()) {
            countdown.finish();
        }

        assertThat(FIVE).allSatisfy(name -> {
            assertThat(workspace.isOpenForAlex(name)).as(name).isFalse();
            assertThat(closesSent(name)).as(name).isEqualTo(1);
        });
        assertThat(queueStore.jobCount()).isZero();
        assertThat(notice().title()).isEqualTo("Closed 3 of 3 groups");
    }

    @Test
    void jobsTheListShowsDoneAlreadyAreNotOfferedAgain() throws Exception {
        // as after a crash: the close on the wire reached the server, another client closed a second group,
        // and a third was deleted; only the fourth is still to do
        var saved = FIVE.subList(0, 4).stream().map(this::closeOf).toList();
        workspace.client.closeGroup(workspace.session, workspace.roomId("design-team"));
        workspace.client.closeGroup(workspace.session, workspace.roomId("book-club"));
        workspace.fake.deleteGroup(workspace.roomId("team-lunch"));
        queueStore.save(new SavedQueue(workspace.session.workspace().base().toString(), workspace.session.userId(),
                clock.instant(), saved));

        viewModel.dispose();
        viewModel = viewModelOn(new SameThreadTaskRunner());
        viewModel.load();

        assertThat(notice().title()).isEqualTo("Resume 1 close?");
        assertThat(notice().message()).endsWith("3 more are done already.");
        assertThat(queueStore.jobCount()).isEqualTo(1);
    }

    @Test
    void discardForgetsTheSavedJobs() throws Exception {
        closeFive();
        viewModel.dispose();
        viewModel = viewModelOn(new SameThreadTaskRunner());
        viewModel.load();

        runAction("Discard");

        assertThat(queueStore.jobCount()).isZero();
        assertThat(workspace.isOpenForAlex("team-lunch")).as("left in the queue, never sent").isTrue();
    }

    @Test
    void anOfferLeftUnansweredSaysTheSameTimeNextTime() throws Exception {
        closeFive();
        viewModel.dispose();
        clock.advance(Duration.ofMinutes(5));
        viewModel = viewModelOn(new SameThreadTaskRunner());
        viewModel.load();
        String first = notice().message();

        clock.advance(Duration.ofMinutes(5));
        viewModel.dispose();
        viewModel = viewModelOn(new SameThreadTaskRunner());
        viewModel.load();

        assertThat(notice().message()).isEqualTo(first);
    }

    @Test
    void anotherUsersSavedQueueIsNotOffered() throws Exception {
        closeFive();
        viewModel.dispose();

        viewModel = viewModelOn(new SameThreadTaskRunner(), workspace.signIn(DemoSeed.JORDAN));
        viewModel.load();

        assertThat(notice()).isNull();
        assertThat(queueStore.jobCount()).as("alex's jobs wait for alex").isEqualTo(3);
    }

    @Test
    void aSessionEndedMidBatchGoesOnAfterSigningInAgainEachJobOnce() throws Exception {
        closeFive();
        workspace.fake.revokeAllTokens();

        countdown.finish();

        assertThat(sessionEnds).hasSize(1);
        assertThat(sessionEnds.get(0).title()).isEqualTo("Your session ended");
        assertThat(queueStore.jobCount()).isEqualTo(3);
        viewModel.dispose();
        viewModel = viewModelOn(new SameThreadTaskRunner(), workspace.signIn(DemoSeed.ALEX));
        viewModel.goOnWithoutAsking();
        viewModel.load();
        while (countdown.isRunning()) {
            countdown.finish();
        }

        assertThat(FIVE).noneMatch(workspace::isOpenForAlex);
        // the close refused with a 401 was not done, so it was sent once more; every other group once
        assertThat(FIVE.stream().mapToLong(this::closesSent).sum()).isEqualTo(6);
        assertThat(queueStore.jobCount()).isZero();
    }

    private void closeFive() {
        viewModel.selection().set(FIVE.stream().map(this::row).toList(), true);
        viewModel.closeSelected();
    }

    /** The groups.close calls for {@code name} that reached the server, whichever session sent them. */
    private long closesSent(String name) {
        String roomId = workspace.roomId(name);
        return workspace.fake.receivedRequests().stream().filter(request -> request.endpoint().equals("groups.close"))
                .filter(request -> request.bodyField("roomId").orElse("").equals(roomId)).count();
    }

    private Job closeOf(String name) {
        return new Job(JobKind.CLOSE, workspace.roomId(name), name);
    }
}
