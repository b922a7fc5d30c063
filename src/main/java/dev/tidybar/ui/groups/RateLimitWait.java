package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.RunningTask;
import java.time.Instant;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;

/**
 * Waits out a 429: shows a banner that counts down to the server's reset time, then runs the
 * action again. Cancel, dismissing the banner, or any other banner taking its place stops it.
 */
final class RateLimitWait {

    private final Countdown countdown;
    private final ObjectProperty<Notice> notice;
    private RunningTask running = RunningTask.DONE;
    private Notice shown;

    RateLimitWait(Countdown countdown, ObjectProperty<Notice> notice) {
        this.countdown = countdown;
        this.notice = notice;
        notice.addListener((observable, before, now) -> {
            if (shown != null && now != shown) {
                stop();
            }
        });
    }

    /** {@code bannerFor} turns the seconds left into the banner; its Cancel action should call {@link #stop()}. */
    void start(Instant resetAt, LongFunction<Notice> bannerFor, Runnable again) {
        stop();
        running = countdown.start(resetAt, secondsLeft -> show(bannerFor.apply(secondsLeft)), () -> {
            shown = null;
            running = RunningTask.DONE;
            notice.set(null);
            again.run();
        });
    }

    void stop() {
        shown = null;
        running.cancel();
        running = RunningTask.DONE;
    }

    private void show(Notice banner) {
        shown = banner;
        notice.set(banner);
    }
}
