package dev.tidybar.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
        var cancelled = new AtomicBoolean();
        var future = pool.submit(() -> {
            try {
                T result = call.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "Background call failed", e);
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    @Override
    public void report(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public void close() {
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
