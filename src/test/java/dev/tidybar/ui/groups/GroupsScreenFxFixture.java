package dev.tidybar.ui.groups;

import atlantafx.base.theme.PrimerLight;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.FxTaskRunner;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.pages.GroupsPage;
import dev.tidybar.ui.queue.MemoryQueueStore;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The groups screen in a window on the demo workspace, alex signed in, list loaded: what the FX tests start from. */
@ExtendWith(ApplicationExtension.class)
abstract class GroupsScreenFxFixture {

    final List<Notice> sessionEnds = new CopyOnWriteArrayList<>();
    SignedInWorkspace workspace;
    FxTaskRunner tasks;
    GroupsViewModel viewModel;
    GroupsPage page;

    /** What each test class's {@code @Start} method calls (TestFX looks for it on the test class itself). */
    void open(Stage window) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = SignedInWorkspace.start(workspaceConfig());
        tasks = new FxTaskRunner(2);
        var text = UiText.load(Locale.ENGLISH);
        var clock = Clock.systemDefaultZone();
        viewModel = new GroupsViewModel(workspace.client, tasks, new ErrorNotices(text, clock), text, clock,
                workspace.session, sessionEnds::add, new MemoryQueueStore());
        var scene = new Scene(new GroupsView(viewModel, text), 1100, 800);
        scene.getStylesheets().add(GroupsView.class.getResource("/dev/tidybar/ui/tidybar.css").toExternalForm());
        window.setScene(scene);
        window.show();
        viewModel.load();
    }

    /** The fake workspace the screen signs in to; the demo unless a test class needs another. */
    FakeWorkspaceConfig workspaceConfig() {
        return FakeWorkspaceConfig.demo();
    }

    @BeforeEach
    void waitForTheList(FxRobot robot) {
        page = new GroupsPage(robot);
        // the room columns are asked for from the frame after the list shows: that first page is part of loading
        page.waitUntil(() -> viewModel.sync().loadedProperty().get() && workspace.calls().contains("groups.list"));
        workspace.fake.clearReceivedRequests();
    }

    @AfterEach
    void stop() {
        tasks.close();
        workspace.close();
    }
}
