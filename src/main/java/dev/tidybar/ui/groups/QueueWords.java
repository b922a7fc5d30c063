package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.queue.QueueProgress;
import java.time.Clock;
import java.time.Duration;

/**
 * The queue's progress in words: "12 of 140 closed · about 13 min left · the server allows 10 a
 * minute", led by the pause while there is one, and the short form the window title carries.
 */
final class QueueWords {

    private final UiText text;
    private final Clock clock;

    QueueWords(UiText text, Clock clock) {
        this.text = text;
        this.clock = clock;
    }

    String line(QueueProgress progress) {
        if (progress.isIdle()) {
            return "";
        }
        var parts = new StringBuilder(count(progress));
        parts.append(" · ").append(timeLeft(progress.timeLeft()));
        if (progress.limit() > 0) {
            parts.append(" · ").append(allowance(progress.limit(), progress.window()));
        }
        if (progress.pause() != null && progress.pause() != QueueProgress.Pause.SIGNED_OUT) {
            long seconds = Math.max(0, (Duration.between(clock.instant(), progress.pausedUntil()).toMillis() + 999) / 1000);
            String key = progress.pause() == QueueProgress.Pause.RATE_LIMIT ? "queue.paused.limit" : "queue.paused.retry";
            return text.format(key, seconds) + " · " + parts;
        }
        return parts.toString();
    }

    /** "12/140 closed", for the window title; blank while the queue is idle. */
    String title(QueueProgress progress) {
        return progress.isIdle() ? "" : text.format(doneKey(progress.kind()) + ".short", progress.over(),
                progress.total());
    }

    /** From 0 to 1; what the progress bar shows. */
    static double fraction(QueueProgress progress) {
        return progress.total() == 0 ? 0 : (double) progress.over() / progress.total();
    }

    private String count(QueueProgress progress) {
        return text.format(doneKey(progress.kind()), progress.over(), progress.total());
    }

    private static String doneKey(JobKind kind) {
        return kind == JobKind.CLOSE ? "queue.closed" : kind == JobKind.REOPEN ? "queue.reopened" : "queue.done";
    }

    private String timeLeft(Duration left) {
        long seconds = (left.toMillis() + 999) / 1000;
        if (seconds < 10) {
            return text.get("queue.left.moment");
        }
        if (seconds < 90) {
            return text.format("queue.left.seconds", seconds);
        }
        return text.format("queue.left.minutes", (seconds + 59) / 60);
    }

    private String allowance(int limit, Duration window) {
        long seconds = window.toSeconds();
        if (seconds == 60) {
            return text.format("queue.allows.minute", limit);
        }
        return seconds % 60 == 0 ? text.format("queue.allows.minutes", limit, seconds / 60)
                : text.format("queue.allows.seconds", limit, seconds);
    }
}
