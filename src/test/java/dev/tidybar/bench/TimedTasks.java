package dev.tidybar.bench;

import dev.tidybar.ui.common.BackgroundCall;
import dev.tidybar.ui.common.FxTaskRunner;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.TaskRunner;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The app's {@link FxTaskRunner}, noting when each answer's handling on the FX thread began and ended
 * (its callback, or a progress report): what the screen does between pulses for the work it sent.
 * {@link #time} notes any other work the same way, such as a button press. Every note is taken on the
 * FX thread, so the notes need no lock.
 */
final class TimedTasks implements TaskRunner, AutoCloseable {

    private static final int MOST = 1 << 16;

    private final FxTaskRunner runner;
    private final long[] starts = new long[MOST];
    private final long[] ends = new long[MOST];
    private int count;

    TimedTasks(int threads) {
        runner = new FxTaskRunner(threads);
    }

    @Override
    public <T> RunningTask run(BackgroundCall<T> call, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        return runner.run(call, result -> time(() -> onSuccess.accept(result)),
                failure -> time(() -> onFailure.accept(failure)));
    }

    @Override
    public void report(Runnable update) {
        runner.report(() -> time(update));
    }

    /** Runs {@code work} here and now, noting when it began and ended. Call it on the FX thread only. */
    void time(Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            if (count < MOST) {
                starts[count] = start;
                ends[count++] = System.nanoTime();
            }
        }
    }

    /** When each handling noted so far began (nanoTime), oldest first. Call it on the FX thread only. */
    long[] starts() {
        return Arrays.copyOf(starts, count);
    }

    /** When each handling noted so far ended, in the order of {@link #starts}. */
    long[] ends() {
        return Arrays.copyOf(ends, count);
    }

    @Override
    public void close() {
        runner.close();
    }
}
