package dev.tidybar.app;

import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.keychain.OsKeychain;
import dev.tidybar.keychain.SessionKeeper;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.FxTaskRunner;
import dev.tidybar.ui.common.Pulses;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.login.KeepSignedIn;
import dev.tidybar.ui.login.LoginViewModel;
import dev.tidybar.ui.queue.MemoryQueueStore;
import dev.tidybar.ui.queue.QueueStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The composition root: builds every long-lived object once (text, task runner, HTTP client,
 * notices, the demo workspace) and hands them to the screens through constructors. The window comes
 * first: what its login card does not need to draw (the HTTP client, the demo workspace, the keychain)
 * starts beside it once the first frame is drawn.
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
    private ClientAfterStart client;
    /** The demo workspace starting, or started; null without --demo or before the first frame. */
    private CompletableFuture<FakeWorkspace> demoStart;
    private FakeWorkspace demoWorkspace;
    private Preferences preferencesNode;
    private AppPreferences preferences;
    private QueueFile queueFile;
    private Stage stage;
    private SmokeTest smokeTest;
    /** Set when the app quits: start-up work that answers later is closed, not used. */
    private boolean closing;

    /** Runs on the launcher thread before {@link #start}: only what the window needs, all of it cheap. */
    @Override
    public void init() throws Exception {
        commandLine = CommandLine.parse(getParameters().getRaw());
        text = UiText.load(Locale.getDefault());
        preferencesNode = Preferences.userNodeForPackage(TidybarApp.class);
        preferences = new AppPreferences(preferencesNode);
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
        client = new ClientAfterStart();
        var theme = new AppTheme(preferences);
        theme.start(tasks);
        var errors = new ErrorNotices(text, clock);
        QueueStore queueStore;
        if (commandLine.demo() || commandLine.smokeTest()) {
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
        smokeTest = commandLine.smokeTest() ? new SmokeTest(shell, System.out, this::exit) : null;
        new CrashReporter(text, () -> stage, smokeTest == null ? null : smokeTest::fail).install();
        if (commandLine.demo()) {
            shell.login().hold(text.get("login.demoStarting"));
        } else if (smokeTest != null) {
            // a sign-in for a benchmark or a check, not the user's: nothing of it is remembered
            LoginMemory.fillInSmokeTest(shell.login(), commandLine, System.getenv(CommandLine.SMOKE_PASSWORD));
        } else {
            var memory = new LoginMemory(preferences);
            memory.fillIn(shell.login(), commandLine);
            memory.rememberSignIns(shell.sessionProperty(), shell.login());
        }

        var scene = new Scene(shell.root());
        scene.getStylesheets().add(TidybarApp.class.getResource("/dev/tidybar/ui/tidybar.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> WindowTitle.of(text,
                        shell.sessionProperty().get(), shell.login().workspaceProperty().get(), commandLine.demo(),
                        shell.queueTitleProperty().get()),
                shell.sessionProperty(), shell.login().workspaceProperty(), shell.queueTitleProperty()));
        stage.setOnCloseRequest(event -> {
            if (!shell.mayQuit(stage)) {
                event.consume();
            }
        });
        // Ctrl+Q quits as the close button does, asking first while work is under way
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            if (shell.mayQuit(stage)) {
                stage.close();
            }
        });
        stage.setMinWidth(520);
        stage.setMinHeight(480);
        preferences.restoreWindow(stage);
        if (smokeTest != null) {
            smokeTest.watch(stage);
        }
        stage.show();
        Pulses.afterSecond(() -> {
            // Once more now that it shows: JavaFX 21 under some window managers (openbox; newer mutter,
            // JDK-8316423, fixed in JavaFX 22) opens a window at its minimum size whatever it was given before
            // show(). Elsewhere the window already has these bounds, and nothing moves.
            preferences.restoreWindow(stage);
            afterFirstFrame(shell.login(), keep);
        });
    }

    /** Starts what the login card did not need to draw, beside it: the HTTP client, the demo, the keychain. */
    private void afterFirstFrame(LoginViewModel login, KeepSignedIn keep) {
        if (closing) {
            return;
        }
        client.build(() -> new HttpRocketChatClient(ClientSettings.defaults(AppVersion.read())));
        if (commandLine.demo()) {
            startDemo(login);
        } else if (smokeTest == null) {
            login.resumeKeptSession();
        }
        if (smokeTest != null) {
            // the smoke test signs in by itself, and leaves a session the user kept alone
            keep.probe();
        }
    }

    /** The form says the demo is starting; a Log in meanwhile waits for it, and goes ahead once it is filled in. */
    private void startDemo(LoginViewModel login) {
        var config = demoConfig(commandLine.demoSetup());
        demoStart = new CompletableFuture<FakeWorkspace>().completeAsync(() -> {
            try {
                return FakeWorkspace.start(config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, StartUpThread.named("tidybar-demo-start"));
        demoStart.whenComplete((workspace, failure) -> Platform.runLater(() -> {
            if (closing) {
                return;
            }
            if (failure != null) {
                demoFailed(failure.getCause() instanceof UncheckedIOException io ? io.getCause() : failure.getCause());
                return;
            }
            demoWorkspace = workspace;
            LoginMemory.fillInDemo(login, workspace.baseUri());
            login.release();
            if (smokeTest == null) {
                login.resumeKeptSession();
            }
        }));
    }

    /** Without its workspace the demo is of no use: says why and exits with 1, as a failed start always did. */
    private void demoFailed(Throwable cause) {
        LOG.log(System.Logger.Level.ERROR, "The demo workspace could not start", cause);
        System.err.println(text.format("cli.demoFailed", cause.getMessage()));
        if (smokeTest != null) {
            smokeTest.fail("the demo workspace could not start");
        } else {
            exit(1);
        }
    }

    /**
     * The token in the system keychain, the rest in a preferences node of its own. The demo keeps its
     * session apart from a real one, and takes it back on this run's address.
     */
    private SessionKeeper sessionKeeper() {
        if (commandLine.demo()) {
            // the kept session is recalled only once the demo workspace is up (see startDemo)
            return new SessionKeeper(OsKeychain.forThisSystem(), preferencesNode.node("keptDemoSession"),
                    kept -> LoginMemory.demoComeback(demoWorkspace).apply(kept));
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
        closing = true;
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
        if (demoStart != null) {
            // closed now, or as soon as it has started when quitting came first
            demoStart.thenAccept(FakeWorkspace::close);
            demoStart = null;
            demoWorkspace = null;
        }
    }
}
