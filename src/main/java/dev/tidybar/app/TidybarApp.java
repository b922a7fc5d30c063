package dev.tidybar.app;

import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.keychain.OsKeychain;
import dev.tidybar.keychain.SessionKeeper;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.FxTaskRunner;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.login.KeepSignedIn;
import dev.tidybar.ui.queue.MemoryQueueStore;
import dev.tidybar.ui.queue.QueueStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root: builds every long-lived object once (text, task runner, HTTP client,
 * notices, the demo workspace) and hands them to the screens through constructors.
 */
public final class TidybarApp extends Application {

    private static final System.Logger LOG = System.getLogger(TidybarApp.class.getName());
    private static final int WORKER_THREADS = 4;
    /** How long quitting waits for the keychain, say to remove a session just logged out. */
    private static final Duration KEYCHAIN_PATIENCE = Duration.ofSeconds(5);

    private CommandLine commandLine;
    private UiText text;
    private FxTaskRunner tasks;
    private FxTaskRunner keychainTasks;
    private RocketChatClient client;
    private FakeWorkspace demoWorkspace;
    private Preferences preferencesNode;
    private AppPreferences preferences;
    private QueueFile queueFile;
    private Stage stage;

    /** Runs on the launcher thread, so starting the demo workspace never holds up the FX thread. */
    @Override
    public void init() throws Exception {
        commandLine = CommandLine.parse(getParameters().getRaw());
        text = UiText.load(Locale.getDefault());
        client = new HttpRocketChatClient(ClientSettings.defaults(AppVersion.read()));
        preferencesNode = Preferences.userNodeForPackage(TidybarApp.class);
        preferences = new AppPreferences(preferencesNode);
        if (commandLine.demo()) {
            try {
                demoWorkspace = FakeWorkspace.start(demoConfig(commandLine.demoSetup()));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "The demo workspace could not start", e);
                System.err.println(text.format("cli.demoFailed", e.getMessage()));
                if (commandLine.smokeTest()) {
                    System.out.println("TIDYBAR_SMOKE failed the demo workspace could not start");
                }
                closeAll();
                System.exit(1);
            }
        }
    }

    private static FakeWorkspaceConfig demoConfig(CommandLine.DemoSetup setup) {
        var config = FakeWorkspaceConfig.demo().withExtraGroups(setup.extraGroups());
        return setup.limitCalls() > 0 && setup.limitSeconds() > 0
                ? config.withRateLimit(setup.limitCalls(), Duration.ofSeconds(setup.limitSeconds())) : config;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        var clock = Clock.systemDefaultZone();
        tasks = new FxTaskRunner(WORKER_THREADS);
        var theme = new AppTheme(preferences);
        theme.start(tasks);
        var errors = new ErrorNotices(text, clock);
        QueueStore queueStore;
        if (demoWorkspace != null || commandLine.smokeTest()) {
            // the demo workspace starts afresh each time: a queue saved to disk could never be resumed there;
            // and a smoke test closes nothing, nor offers to go on with the user's queue
            queueStore = new MemoryQueueStore();
        } else {
            queueFile = QueueFile.inDataFolder();
            queueStore = queueFile;
        }
        // one thread: the keychain gets its calls in the order they were made
        keychainTasks = new FxTaskRunner(1);
        var keep = new KeepSignedIn(sessionKeeper(), keychainTasks, errors, text);
        var shell = new AppShell(client, tasks, errors, text, clock, new StatusBar(text, theme, commandLine.demo()),
                queueStore, preferences.comebackHint(), keep);
        SmokeTest smokeTest = commandLine.smokeTest() ? new SmokeTest(shell, System.out, this::exit) : null;
        new CrashReporter(text, () -> stage, smokeTest == null ? null : smokeTest::fail).install();
        if (demoWorkspace != null) {
            LoginMemory.fillInDemo(shell.login(), demoWorkspace.baseUri());
        } else if (smokeTest != null) {
            // a sign-in for a benchmark or a check, not the user's: nothing of it is remembered
            LoginMemory.fillInSmokeTest(shell.login(), commandLine, System.getenv(CommandLine.SMOKE_PASSWORD));
        } else {
            var memory = new LoginMemory(preferences);
            memory.fillIn(shell.login(), commandLine);
            memory.rememberSignIns(shell.sessionProperty(), shell.login());
        }
        if (smokeTest != null) {
            // the smoke test signs in by itself, and leaves a session the user kept alone
            keep.probe();
        } else {
            shell.login().resumeKeptSession();
        }

        var scene = new Scene(shell.root());
        scene.getStylesheets().add(TidybarApp.class.getResource("/dev/tidybar/ui/tidybar.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> WindowTitle.of(text,
                        shell.sessionProperty().get(), shell.login().workspaceProperty().get(), demoWorkspace != null,
                        shell.queueTitleProperty().get()),
                shell.sessionProperty(), shell.login().workspaceProperty(), shell.queueTitleProperty()));
        stage.setOnCloseRequest(event -> {
            if (!shell.mayQuit(stage)) {
                event.consume();
            }
        });
        stage.setMinWidth(520);
        stage.setMinHeight(480);
        preferences.restoreWindow(stage);
        if (smokeTest != null) {
            smokeTest.watch(stage);
        }
        stage.show();
    }

    /**
     * The token in the system keychain, the rest in a preferences node of its own. The demo keeps its
     * session apart from a real one, and takes it back on this run's address.
     */
    private SessionKeeper sessionKeeper() {
        if (demoWorkspace != null) {
            return new SessionKeeper(OsKeychain.forThisSystem(), preferencesNode.node("keptDemoSession"),
                    LoginMemory.demoComeback(demoWorkspace));
        }
        return new SessionKeeper(OsKeychain.forThisSystem(), preferencesNode.node("keptSession"));
    }

    @Override
    public void stop() {
        if (stage != null) {
            preferences.rememberWindow(stage);
        }
        closeAll();
    }

    /** The smoke test's end: nothing to remember, just release the port and the threads. */
    private void exit(int status) {
        closeAll();
        System.exit(status);
    }

    private void closeAll() {
        if (keychainTasks != null) {
            keychainTasks.closeWhenDone(KEYCHAIN_PATIENCE);
            keychainTasks = null;
        }
        if (queueFile != null) {
            queueFile.close();
            queueFile = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
        if (tasks != null) {
            tasks.close();
            tasks = null;
        }
        if (demoWorkspace != null) {
            demoWorkspace.close();
            demoWorkspace = null;
        }
    }
}
