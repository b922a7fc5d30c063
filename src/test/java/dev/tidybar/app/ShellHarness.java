package dev.tidybar.app;

import atlantafx.base.theme.PrimerLight;
import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.FxTaskRunner;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.queue.MemoryQueueStore;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window's content wired as {@link TidybarApp} wires it (real HTTP client, FX task runner),
 * against a fake workspace on loopback, with its address already typed in.
 */
final class ShellHarness implements AutoCloseable {

    final FakeWorkspace fake;
    final HttpRocketChatClient client;
    final FxTaskRunner tasks;
    final UiText text = UiText.load(Locale.ENGLISH);
    final AppShell shell;

    private ShellHarness(FakeWorkspace fake, Node statusBar) {
        this.fake = fake;
        this.client = new HttpRocketChatClient(ClientSettings.defaults("test"));
        this.tasks = new FxTaskRunner(2);
        var clock = Clock.systemUTC();
        this.shell = new AppShell(client, tasks, new ErrorNotices(text, clock), text, clock, statusBar,
                new MemoryQueueStore(), new SimpleBooleanProperty(true));
        shell.login().workspaceProperty().set(fake.baseUri().toString());
    }

    static ShellHarness start(FakeWorkspaceConfig config, Node statusBar) throws IOException {
        return new ShellHarness(FakeWorkspace.start(config), statusBar);
    }

    /** A scene of the shell with the app's stylesheet. */
    Scene scene(double width, double height) {
        Parent root = shell.root();
        var scene = new Scene(root, width, height);
        scene.getStylesheets().add(ShellHarness.class.getResource("/dev/tidybar/ui/tidybar.css").toExternalForm());
        return scene;
    }

    /** Shows the shell in the shared test stage, light theme, at this size. */
    void showIn(Stage stage, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene(width, height));
        // the test classes share one stage: another may have left it at the smallest size
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
    }

    @Override
    public void close() {
        tasks.close();
        client.close();
        fake.close();
    }
}
