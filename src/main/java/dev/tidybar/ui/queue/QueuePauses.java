package dev.tidybar.ui.queue;

import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.common.RunningTask;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What holds the queue's jobs back, each pause counting down to its end on the FX thread:
 * <ul>
 *   <li>a route whose rate-limit budget is spent holds back the jobs of its kind until its window resets (closes
 *       and reopens are separate routes with separate budgets);</li>
 *   <li>a back-off after a server or network failure holds back every job.</li>
 * </ul>
 */
final class QueuePauses {

    private record Pause(Instant until, RunningTask timer) {
    }

    private final Countdown countdown;
    private final Runnable eachSecond;
    private final Map<JobKind, Pause> limited = new EnumMap<>(JobKind.class);
    private Pause backOff;

    /** {@code eachSecond} runs as each second of a pause goes by, so the queue's words can count down. */
    QueuePauses(Countdown countdown, Runnable eachSecond) {
        this.countdown = countdown;
        this.eachSecond = eachSecond;
    }

    /** Holds back the jobs of {@code kind} until {@code until}; then runs {@code over}. */
    void limit(JobKind kind, Instant until, Runnable over) {
        limited.put(kind, new Pause(until, countdown.start(until, secondsLeft -> eachSecond.run(), () -> {
            limited.remove(kind);
            over.run();
        })));
    }

    /** Holds back every job until {@code until}; then runs {@code over}. */
    void backOff(Instant until, Runnable over) {
        backOff = new Pause(until, countdown.start(until, secondsLeft -> eachSecond.run(), () -> {
            backOff = null;
            over.run();
        }));
    }

    boolean limits(JobKind kind) {
        return limited.containsKey(kind);
    }

    /** When the back-off ends, or null when there is none. */
    Instant backOffUntil() {
        return backOff == null ? null : backOff.until();
    }

    /** When the first of the spent routes' windows resets, or null when none is spent. */
    Instant firstLimitEnd() {
        return limited.values().stream().map(Pause::until).min(Instant::compareTo).orElse(null);
    }

    /**
     * Ends the pauses that no waiting job needs (the client's budget remembers a window anyway): those of the kinds
     * no job of {@code waiting} has, and the back-off when nothing waits.
     */
    void endIdle(Collection<JobKind> waiting) {
        for (var kind : List.copyOf(limited.keySet())) {
            if (!waiting.contains(kind)) {
                limited.remove(kind).timer().cancel();
            }
        }
        if (backOff != null && waiting.isEmpty()) {
            backOff.timer().cancel();
            backOff = null;
        }
    }

    /** Ends every pause, without running what was to follow it. */
    void endAll() {
        endIdle(List.of());
    }
}
