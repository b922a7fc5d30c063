package dev.tidybar.ui.groups;

import dev.tidybar.api.Session;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.testing.MutableClock;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.HeldTaskRunner;
import dev.tidybar.ui.common.ManualCountdown;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.SameThreadTaskRunner;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.queue.MemoryQueueStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The groups view model on the demo workspace, signed in as alex and loaded, with the task runner
 * working on the test's thread and a hand-driven countdown: what the view-model tests start from.
 */
abstract class GroupsViewModelFixture {

    final UiText text = UiText.load(Locale.ENGLISH);
    /** Shared by the fake, the client and the countdown: a rate-limit window passes when the countdown finishes. */
    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    final ManualCountdown countdown = new ManualCountdown(clock);
    final List<Notice> sessionEnds = new ArrayList<>();
    /** Outlives the view models of a test, as the app's data folder outlives a session. */
    final MemoryQueueStore queueStore = new MemoryQueueStore();
    SignedInWorkspace workspace;
    GroupsViewModel viewModel;

    @BeforeEach
    void signIn() throws Exception {
        start(FakeWorkspaceConfig.demo());
    }

    @AfterEach
    void stop() {
        workspace.close();
    }

    void start(FakeWorkspaceConfig config) throws Exception {
        start(config, DemoSeed.ALEX);
    }

    void start(FakeWorkspaceConfig config, String username) throws Exception {
        workspace = SignedInWorkspace.start(config, username, clock);
        viewModel = viewModelOn(new SameThreadTaskRunner());
        viewModel.load();
    }

    /** Alex again, on another workspace, with a view model that has not loaded yet: the test loads it. */
    void restartUnloaded(FakeWorkspaceConfig config) throws Exception {
        workspace.close();
        workspace = SignedInWorkspace.start(config, DemoSeed.ALEX, clock);
        viewModel = viewModelOn(new SameThreadTaskRunner());
    }

    /** Another view model of the same session, whose background work runs on {@code tasks}. */
    GroupsViewModel viewModelOn(TaskRunner tasks) {
        return viewModelOn(tasks, workspace.session);
    }

    /** A view model of {@code session}, as the app makes one at each sign-in, sharing the queue store. */
    GroupsViewModel viewModelOn(TaskRunner tasks, Session session) {
        return new GroupsViewModel(workspace.client, tasks, new ErrorNotices(text, clock), text, clock,
                session, sessionEnds::add, queueStore, countdown);
    }

    /** A screen whose calls wait until the test releases them, its list loaded and the calls so far forgotten. */
    GroupsViewModel loadedOn(HeldTaskRunner held) {
        var screen = viewModelOn(held);
        screen.refresh();
        held.releaseAll();
        workspace.fake.clearReceivedRequests();
        return screen;
    }

    GroupRow row(String name) {
        return row(viewModel, name);
    }

    static GroupRow row(GroupsViewModel viewModel, String name) {
        var visibility = viewModel.visibilityProperty().get();
        viewModel.visibilityProperty().set(Visibility.ALL);
        var row = viewModel.shownRows().stream().filter(candidate -> candidate.displayName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name));
        viewModel.visibilityProperty().set(visibility);
        return row;
    }

    List<String> shownNames() {
        return viewModel.shownRows().stream().map(GroupRow::displayName).toList();
    }

    Notice notice() {
        return viewModel.noticeProperty().get();
    }

    List<String> actionLabels() {
        return notice().actions().stream().map(Notice.Action::label).toList();
    }

    /** What the banner's button does: dismiss the banner, then run the action. */
    void runAction(String label) {
        var action = notice().actions().stream().filter(candidate -> candidate.label().equals(label))
                .findFirst().orElseThrow();
        viewModel.noticeProperty().set(null);
        action.run().run();
    }
}
