package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.queue.QueueProgress;
import dev.tidybar.ui.queue.WorkQueue;
import java.time.Clock;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The work queue as the groups screen shows it: "Paused 42 s (rate limit) · 12 of 140 closed · about
 * 13 min left · the server allows 10 a minute", the bar, the short form the window title carries, and
 * Cancel for the jobs not sent yet.
 */
public final class QueueStatus {

    private final WorkQueue queue;
    private final UiText text;
    private final Clock clock;
    private final StringBinding words;
    private final StringBinding title;
    private final DoubleBinding fraction;
    private final BooleanBinding shown;

    QueueStatus(WorkQueue queue, UiText text, Clock clock) {
        this.queue = queue;
        this.text = text;
        this.clock = clock;
        var progress = queue.progressProperty();
        words = Bindings.createStringBinding(() -> line(progress.get()), progress);
        title = Bindings.createStringBinding(() -> title(progress.get()), progress);
        fraction = Bindings.createDoubleBinding(() -> fraction(progress.get()), progress);
        // one quick close needs no bar: its row says it all, unless it has to wait
        shown = Bindings.createBooleanBinding(() -> !progress.get().isIdle()
                && (progress.get().total() > 1 || progress.get().pause() != null), progress);
    }

    public ReadOnlyObjectProperty<QueueProgress> progressProperty() {
        return queue.progressProperty();
    }

    /** The progress line, led by any pause; blank while the queue is idle. */
    public StringBinding textProperty() {
        return words;
    }

    /** "12/140 closed" while the queue works, for the window title; blank otherwise. */
    public StringBinding titleProperty() {
        return title;
    }

    /** From 0 to 1: what the bar shows. */
    public DoubleBinding fractionProperty() {
        return fraction;
    }

    /** True while the queue has a batch to show: more than one job, or a wait. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** Drops every job still waiting; the one on the wire ends with its answer. */
    public void cancel() {
        queue.cancelWaiting();
    }

    private String line(QueueProgress progress) {
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

    private String title(QueueProgress progress) {
        return progress.isIdle() ? "" : text.format(doneKey(progress.kind()) + ".short", progress.done(),
                progress.total());
    }

    private static double fraction(QueueProgress progress) {
        return progress.total() == 0 ? 0 : (double) progress.over() / progress.total();
    }

    private String count(QueueProgress progress) {
        var words = new StringBuilder(text.format(doneKey(progress.kind()), progress.done(), progress.total()));
        if (progress.gone() > 0) {
            words.append(" · ").append(text.format("batch.gone", progress.gone()));
        }
        if (progress.failed() > 0) {
            words.append(" · ").append(text.format("batch.failed", progress.failed()));
        }
        return words.toString();
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
        // "about": rounded to the nearest minute, as a person would say it
        return text.format("queue.left.minutes", (seconds + 30) / 60);
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
