package dev.tidybar.ui.common;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** The app's {@link TaskRunner}: a small pool of daemon threads, with results delivered through {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService pool;

    public FxTaskRunner(int threads) {
        pool = Executors.newFixedThreadPool(threads, namedDaemonThreads());
    }

    @Override
    public <T> RunningTask run(BackgroundCall<T> call, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        if (pool.isShutdown()) {
            // closed: the app is going away (a countdown may still end now), and nobody waits for an answer
            return RunningTask.DONE;
        }
        var cancelled = new AtomicBoolean();
        var future = pool.submit(() -> {
            try {
                T result = call.call();
                deliver(cancelled, () -> onSuccess.accept(result));
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "Background call failed", e);
                deliver(cancelled, () -> onFailure.accept(e));
            } catch (Error e) {
                // a bug or an exhausted JVM: the screen still leaves its busy state, and the crash dialog says why
                deliver(cancelled, () -> onFailure.accept(new ExecutionException(e)));
                var crashHandler = Thread.getDefaultUncaughtExceptionHandler();
                if (crashHandler != null) {
                    crashHandler.uncaughtException(Thread.currentThread(), e);
                }
            }
        });
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    /**
     * On the FX thread, unless the task was cancelled or the runner closed: closing interrupts the
     * calls, and an interrupted call has not failed.
     */
    private void deliver(AtomicBoolean cancelled, Runnable callback) {
        Platform.runLater(() -> {
            if (!cancelled.get() && !pool.isShutdown()) {
                callback.run();
            }
        });
    }

    @Override
    public void report(Runnable update) {
        Platform.runLater(update);
    }

    /** An animation timer's frame comes before that pulse's CSS and layout; what it hands on runs after them. */
    @Override
    public void afterNextFrame(Runnable work) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(work);
            }
        }.start();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /**
     * Closes once the calls already asked for are done, or after {@code patience}: for work that must
     * not be cut short by quitting, such as removing a kept session from the keychain after a log out.
     * Their answers are no longer delivered.
     */
    public void closeWhenDone(Duration patience) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Background calls still running after {0}; leaving them", patience);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }

    private static ThreadFactory namedDaemonThreads() {
        var count = new AtomicInteger();
        return work -> {
            var thread = new Thread(work, "tidybar-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
