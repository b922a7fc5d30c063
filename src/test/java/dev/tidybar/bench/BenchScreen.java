package dev.tidybar.bench;

import atlantafx.base.theme.PrimerLight;
import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.api.PasswordLogin;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.groups.GroupRow;
import dev.tidybar.ui.groups.GroupsView;
import dev.tidybar.ui.groups.GroupsViewModel;
import dev.tidybar.ui.queue.MemoryQueueStore;
import dev.tidybar.ui.queue.QueueProgress;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.BooleanBinding;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/**
 * What {@link BulkBench} drives: the real groups screen ({@link GroupsView} with its stylesheet) in a
 * window, on a fresh fake workspace with alex signed in through the real HTTP client, its list and room
 * columns loaded. From the moment it shows, an {@link AnimationTimer} notes the time of every FX pulse
 * (so every frame is one), and the scene's pre- and post-layout pulse listeners when each pulse's CSS and
 * layout began and ended. Everything touching the screen runs on the FX thread through {@link #fx}.
 */
final class BenchScreen implements AutoCloseable {

    /** About 36 minutes of pulses at 60 a second: more than any run needs. */
    private static final int MOST_PULSES = 1 << 17;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    final FakeWorkspace fake;
    private final HttpRocketChatClient client;
    private final TimedTasks tasks = new TimedTasks(4);
    private final long[] pulses = new long[MOST_PULSES];
    /** The FX thread's CPU time at each pulse: what a gap cost it, whatever else the machine was doing. */
    private final long[] pulseCpu = new long[MOST_PULSES];
    /** When each pulse's CSS and layout of the scene began and ended (0: the scene had none). */
    private final long[] layoutStarts = new long[MOST_PULSES];
    private final long[] layoutEnds = new long[MOST_PULSES];
    private int pulseCount;
    private GroupsViewModel viewModel;
    private Stage stage;
    private AnimationTimer timer;
    /** Completed by the first pulse at or after {@link #pulseAwaitedAt}; FX thread only. */
    private CompletableFuture<Void> pulseAwaited;
    private long pulseAwaitedAt;
    private BooleanBinding loadedAndQuiet;
    /** How many pulses were noted when the list was first applied; FX thread only. */
    private int listAppliedPulse = -1;

    /**
     * What one "Close selected" cost: the rooms ticked; when it was pressed and when the queue turned idle
     * (nanoTime); every pulse since the screen showed, with its CSS and layout (0: none noted), the last
     * one before the press at {@code firstPulse} and the first after idle at {@code idlePulse}; the
     * handling of the press and of every answer on the FX thread ({@link TimedTasks}); and the garbage
     * collections from the press to idle (how many, ms).
     */
    record Batch(List<String> roomIds, long pressNanos, long idleNanos, long[] pulses, long[] layoutStarts,
                 long[] layoutEnds, int firstPulse, int idlePulse, long[] handlerStarts, long[] handlerEnds,
                 long gcCount, long gcMillis) {
    }

    /**
     * What loading cost: every pulse since the screen showed and the FX thread's CPU time then, the pulse count when the list was applied
     * ({@code listPulse}) and when its columns were all in ({@code loadedPulse}), and the handling of every
     * answer on the FX thread ({@link TimedTasks}).
     */
    record Load(long[] pulses, long[] pulseCpu, int listPulse, int loadedPulse, long[] handlerStarts, long[] handlerEnds) {
    }

    private BenchScreen(FakeWorkspace fake, HttpRocketChatClient client) {
        this.fake = fake;
        this.client = client;
    }

    /**
     * Starts JavaFX: headless on Monocle with the software pipeline, as the tests run, unless
     * {@code -Dglass.platform} says otherwise (e.g. {@code gtk} on an X display).
     */
    static void startFx() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
        }
        if (System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", "sw");
        }
        var started = new CompletableFuture<Void>();
        Platform.startup(() -> started.complete(null));
        await(started);
        Platform.setImplicitExit(false);
        fx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            return null;
        });
    }

    /** "Monocle (Headless), SWPipeline": the windowing and the graphics pipeline in use. */
    static String pipeline() {
        String glass = System.getProperty("glass.platform");
        String monocle = System.getProperty("monocle.platform");
        String where = glass + (monocle == null || monocle.isEmpty() ? "" : " (" + monocle + ")");
        return fx(() -> {
            try {
                Object prism = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
                return where + ", " + (prism == null ? "no pipeline" : prism.getClass().getSimpleName());
            } catch (ReflectiveOperationException e) {
                return where + ", prism.order=" + System.getProperty("prism.order");
            }
        });
    }

    /** A fresh fake with {@code config}, alex signed in, the screen shown and its list and columns loaded. */
    static BenchScreen open(FakeWorkspaceConfig config) throws Exception {
        var fake = FakeWorkspace.start(config);
        var client = new HttpRocketChatClient(ClientSettings.defaults("bench"));
        var screen = new BenchScreen(fake, client);
        try {
            Session alex = client.login(WorkspaceAddress.parse(fake.baseUri().toString()),
                    new PasswordLogin(DemoSeed.ALEX, DemoSeed.PASSWORD, null));
            fx(() -> {
                screen.show(alex);
                return null;
            });
            screen.awaitLoaded();
            return screen;
        } catch (Exception | Error e) {
            screen.close();
            throw e;
        }
    }

    private void show(Session alex) {
        var text = UiText.load(Locale.ENGLISH);
        var clock = Clock.systemDefaultZone();
        viewModel = new GroupsViewModel(client, tasks, new ErrorNotices(text, clock), text, clock, alex, why -> { },
                new MemoryQueueStore());
        var scene = new Scene(new GroupsView(viewModel, text), 1100, 800);
        scene.getStylesheets().add(GroupsView.class.getResource("/dev/tidybar/ui/tidybar.css").toExternalForm());
        scene.addPreLayoutPulseListener(() -> noteLayout(layoutStarts));
        scene.addPostLayoutPulseListener(() -> noteLayout(layoutEnds));
        stage = new Stage();
        stage.setScene(scene);
        stage.show();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (pulseCount < pulses.length) {
                    pulseCpu[pulseCount] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    pulses[pulseCount++] = System.nanoTime();
                }
                if (pulseAwaited != null && System.nanoTime() >= pulseAwaitedAt) {
                    pulseAwaited.complete(null);
                    pulseAwaited = null;
                }
            }
        };
        timer.start();
        viewModel.sync().loadedProperty().addListener((observable, was, loaded) -> {
            if (loaded && listAppliedPulse < 0) {
                listAppliedPulse = pulseCount;
            }
        });
        viewModel.load();
    }

    private void noteLayout(long[] times) {
        if (pulseCount > 0 && pulseCount <= times.length) {
            times[pulseCount - 1] = System.nanoTime();
        }
    }

    /** The pulses and the handling from the screen's showing until now, which {@link #open} left loaded. */
    Load load() {
        return fx(() -> new Load(Arrays.copyOf(pulses, pulseCount),
                Arrays.copyOf(pulseCpu, pulseCount), listAppliedPulse, pulseCount, tasks.starts(),
                tasks.ends()));
    }

    /** How many groups the screen holds, hidden ones included. */
    int groupCount() {
        return fx(() -> viewModel.groupCount());
    }

    /**
     * Ticks the first {@code count} groups shown (all in the sidebar), presses "Close selected", and
     * returns once the queue is idle and {@code tail} more has passed (the delta read after the batch).
     */
    Batch closeSelected(int count, Duration tail) {
        List<String> ids = fx(() -> {
            List<GroupRow> rows = viewModel.shownRows().stream().filter(row -> !row.isHidden()).limit(count).toList();
            viewModel.selection().set(rows, true);
            return rows.stream().map(GroupRow::id).toList();
        });
        if (ids.size() != count) {
            throw new IllegalStateException("only " + ids.size() + " groups to close, not " + count);
        }
        fake.clearReceivedRequests();
        long[] gcBefore = gc();
        var idle = new CompletableFuture<long[]>();
        long[] press = fx(() -> {
            viewModel.queue().progressProperty().addListener(new ChangeListener<QueueProgress>() {
                @Override
                public void changed(ObservableValue<? extends QueueProgress> progress, QueueProgress before,
                                    QueueProgress now) {
                    if (now.total() >= count && now.isIdle()) {
                        idle.complete(new long[] {System.nanoTime(), pulseCount});
                        progress.removeListener(this);
                    }
                }
            });
            var button = (Button) stage.getScene().lookup("#closeSelectedButton");
            long[] at = {System.nanoTime(), pulseCount};
            tasks.time(button::fire);
            return at;
        });
        long[] over = await(idle);
        long[] gcAfter = gc();
        awaitPulseAfter(over[0], tail);
        // the gap the press falls in starts at the pulse before it
        return fx(() -> new Batch(ids, press[0], over[0], Arrays.copyOf(pulses, pulseCount),
                Arrays.copyOf(layoutStarts, pulseCount), Arrays.copyOf(layoutEnds, pulseCount),
                Math.max(0, (int) press[1] - 1), (int) over[1], tasks.starts(), tasks.ends(),
                gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]));
    }

    /** Garbage collections so far: how many, and how long they took in ms. */
    private static long[] gc() {
        long[] sum = new long[2];
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum[0] += Math.max(0, collector.getCollectionCount());
            sum[1] += Math.max(0, collector.getCollectionTime());
        }
        return sum;
    }

    /** Closes the window, then the task runner, the client and the fake (whose server thread keeps the JVM up). */
    @Override
    public void close() {
        try {
            fx(() -> {
                if (stage != null) {
                    timer.stop();
                    viewModel.dispose();
                    stage.close();
                }
                return null;
            });
        } finally {
            tasks.close();
            client.close();
            fake.close();
        }
    }

    /** Waits until the list and its room columns are loaded and the progress line has gone. */
    private void awaitLoaded() {
        var loaded = new CompletableFuture<Void>();
        fx(() -> {
            var sync = viewModel.sync();
            // a field: a binding only weakly held by what it observes must outlive this call
            loadedAndQuiet = sync.loadedProperty().and(sync.progressShownProperty().not());
            // looked at once the change is handled: the list turns loaded a moment before its columns start
            loadedAndQuiet.addListener((observable, was, now) -> Platform.runLater(() -> {
                if (loadedAndQuiet.get()) {
                    loaded.complete(null);
                }
            }));
            return null;
        });
        await(loaded);
    }

    /** Waits for the first pulse at least {@code span} after {@code from} (System.nanoTime()). */
    private void awaitPulseAfter(long from, Duration span) {
        var reached = new CompletableFuture<Void>();
        fx(() -> {
            pulseAwaitedAt = from + span.toNanos();
            pulseAwaited = reached;
            return null;
        });
        await(reached);
    }

    /** Runs {@code work} on the FX thread and waits for its result; what it throws comes back unchecked. */
    static <T> T fx(Callable<T> work) {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return await(result);
    }

    /** The future's value, waiting at most {@link #LONGEST_WAIT}; every failure unchecked. */
    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within " + LONGEST_WAIT, e);
        }
    }
}
