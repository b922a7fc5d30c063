package dev.tidybar.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Holds each call until the test releases it, on the test's thread: the way to make an answer
 * arrive late (after a log out, a new sign-in...) without waiting for a clock. Like the app's
 * runner, a cancelled call may still reach the server, but its callbacks are dropped.
 */
public final class HeldTaskRunner implements TaskRunner {

    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> RunningTask run(BackgroundCall<T> call, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        boolean[] cancelled = {false};
        held.add(() -> {
            T result;
            try {
                result = call.call();
            } catch (Exception e) {
                if (!cancelled[0]) {
                    onFailure.accept(e);
                }
                return;
            }
            if (!cancelled[0]) {
                onSuccess.accept(result);
            }
        });
        return () -> cancelled[0] = true;
    }

    /** How many calls wait to be released. */
    public int heldCount() {
        return held.size();
    }

    /** Runs the oldest held call and its callback. */
    public void releaseOldest() {
        held.removeFirst().run();
    }

    /** Runs the newest held call and its callback, leaving older ones held. */
    public void releaseNewest() {
        held.removeLast().run();
    }

    /** Runs held calls, oldest first, including those their callbacks start, until none is left. */
    public void releaseAll() {
        while (!held.isEmpty()) {
            releaseOldest();
        }
    }
}
