package dev.tidybar.app;

import atlantafx.base.theme.PrimerLight;
import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.keychain.MemoryKeychain;
import dev.tidybar.keychain.SessionKeeper;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.FxTaskRunner;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.login.KeepSignedIn;
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
 * The window's content wired as {@link TidybarApp} wires it (real HTTP client, FX task runners, the
 * kept session recalled at start), against a fake workspace on loopback, with its address already
 * typed in. Its keychain lives in memory unless a test hands it a keeper.
 */
final class ShellHarness implements AutoCloseable {

    final FakeWorkspace fake;
    final HttpRocketChatClient client;
    final FxTaskRunner tasks;
    final FxTaskRunner keychainTasks;
    final SessionKeeper keeper;
    final UiText text = UiText.load(Locale.ENGLISH);
    final AppShell shell;

    private ShellHarness(FakeWorkspace fake, Node statusBar, SessionKeeper keeper) {
        this.fake = fake;
        this.keeper = keeper;
        this.client = new HttpRocketChatClient(ClientSettings.defaults("test"));
        this.tasks = new FxTaskRunner(2);
        this.keychainTasks = new FxTaskRunner(1);
        var clock = Clock.systemUTC();
        var errors = new ErrorNotices(text, clock);
        this.shell = new AppShell(client, tasks, errors, text, clock, statusBar, new MemoryQueueStore(),
                new SimpleBooleanProperty(true), new KeepSignedIn(keeper, keychainTasks, errors, text));
        shell.login().workspaceProperty().set(fake.baseUri().toString());
        shell.login().resumeKeptSession();
    }

    static ShellHarness start(FakeWorkspaceConfig config, Node statusBar) throws IOException {
        return start(config, statusBar, MemoryKeychain.emptyKeeper());
    }

    /** With a keeper of the test's, whose keychain and preferences outlive this window. Call on the FX thread. */
    static ShellHarness start(FakeWorkspaceConfig config, Node statusBar, SessionKeeper keeper) throws IOException {
        return new ShellHarness(FakeWorkspace.start(config), statusBar, keeper);
    }

    /**
     * The app started again on the same workspace and keychain: this window's client and threads are
     * closed, and the new one recalls what was kept. Call on the FX thread.
     */
    ShellHarness restart(Node statusBar) {
        closeAllButTheWorkspace();
        return new ShellHarness(fake, statusBar, keeper);
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
        closeAllButTheWorkspace();
        fake.close();
    }

    private void closeAllButTheWorkspace() {
        keychainTasks.close();
        tasks.close();
        client.close();
    }
}
