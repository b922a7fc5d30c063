package dev.tidybar.ui.common;

import java.util.function.Consumer;

/** Runs the work and its callback on the calling thread, so a view-model test can assert right after a command. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> RunningTask run(BackgroundCall<T> call, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = call.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return RunningTask.DONE;
        }
        onSuccess.accept(result);
        return RunningTask.DONE;
    }
}
