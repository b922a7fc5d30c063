package dev.tidybar.ui.common;

import java.util.function.Consumer;

/**
 * Runs blocking work off the FX thread and hands the outcome back on it. View models take one
 * through their constructor: the app passes {@link FxTaskRunner}, tests a runner that works on the
 * calling thread, so a test can assert right after the call.
 */
public interface TaskRunner {

    /**
     * Starts {@code call}; exactly one of {@code onSuccess} or {@code onFailure} then runs on the FX
     * thread, unless the task was cancelled first.
     */
    <T> RunningTask run(BackgroundCall<T> call, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /**
     * Hands an update made while a call is still running (such as "300 of 1,200 loaded") over to the
     * thread the callbacks run on. This default runs it at once, on the caller's thread.
     */
    default void report(Runnable update) {
        update.run();
    }

    /**
     * Runs {@code work} on the thread the callbacks run on once the screen has shown what the current
     * callback changed: after the next frame's CSS and layout. For work that would compete with that
     * frame, such as starting more background reads. This default runs it at once, like {@link #report}.
     */
    default void afterNextFrame(Runnable work) {
        report(work);
    }
}
