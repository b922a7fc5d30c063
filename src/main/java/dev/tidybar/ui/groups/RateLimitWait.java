package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.UiText;
import java.time.Instant;
import java.util.function.LongConsumer;
import javafx.beans.property.StringProperty;

/**
 * A pause the server's rate limit puts on loading the list, counted down in the progress area:
 * "Waiting for the server’s rate limit: 35 s".
 */
final class RateLimitWait {

    private final Countdown countdown;
    private final UiText text;
    private final StringProperty progressText;
    private RunningTask running = RunningTask.DONE;

    RateLimitWait(Countdown countdown, UiText text, StringProperty progressText) {
        this.countdown = countdown;
        this.text = text;
        this.progressText = progressText;
    }

    /**
     * Counts down to {@code until}, also telling {@code onTick}, then runs {@code then}; a wait
     * already running is replaced.
     */
    void start(Instant until, LongConsumer onTick, Runnable then) {
        stop();
        running = countdown.start(until, secondsLeft -> {
            progressText.set(text.format("groups.loading.waiting", secondsLeft));
            onTick.accept(secondsLeft);
        }, () -> {
                    running = RunningTask.DONE;
                    then.run();
                });
    }

    void stop() {
        running.cancel();
        running = RunningTask.DONE;
    }
}
