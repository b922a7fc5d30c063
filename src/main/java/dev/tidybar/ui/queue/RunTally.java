package dev.tidybar.ui.queue;

import dev.tidybar.ui.common.JobKind;
import java.time.Duration;
import java.time.Instant;

/**
 * The count of the jobs given to the queue since it was last idle (a "run"), by how they ended: what
 * "12 of 140 closed · 1 failed" is made of. A cancelled job leaves the run: the count says what is still
 * meant to happen.
 */
final class RunTally {

    private int total;
    private int over;
    private int done;
    private int gone;
    private int failed;
    private JobKind kind;
    private boolean mixed;

    /** {@code jobs} more of {@code kind}; a new run starts when the last one is over. */
    void add(JobKind jobKind, int jobs) {
        if (total == over) {
            total = 0;
            over = 0;
            done = 0;
            gone = 0;
            failed = 0;
            kind = jobKind;
            mixed = false;
        } else if (jobKind != kind) {
            mixed = true;
        }
        total += jobs;
    }

    void ended(Outcome outcome) {
        switch (outcome) {
            case DONE, ALREADY -> done++;
            case GONE -> gone++;
            case FAILED -> failed++;
            case CANCELLED -> total--;
        }
        if (outcome != Outcome.CANCELLED) {
            over++;
        }
    }

    int left() {
        return total - over;
    }

    QueueProgress progress(Instant pausedUntil, QueueProgress.Pause pause, Duration timeLeft, int limit,
                           Duration window) {
        return new QueueProgress(total, over, done, gone, failed, mixed ? null : kind, pausedUntil, pause, timeLeft,
                limit, window);
    }
}
