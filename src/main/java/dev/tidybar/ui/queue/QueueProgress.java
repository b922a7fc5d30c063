package dev.tidybar.ui.queue;

import dev.tidybar.ui.common.JobKind;
import java.time.Duration;
import java.time.Instant;

/**
 * How far the queue is with the jobs given since it was last idle: what the progress bar, its words
 * and the window title show.
 *
 * @param total       jobs given since the queue was last idle, less those cancelled
 * @param over        of those, how many are over: done, already so, gone or failed
 * @param done        of those, how many the server did, or found already done
 * @param gone        of those, how many groups were gone
 * @param failed      of those, how many failed
 * @param kind        the kind of every job given, or null when closes and reopens are mixed
 * @param pausedUntil when the queue sends again, while it waits; null while it is not waiting
 * @param pause       why it waits; null while it is not waiting
 * @param timeLeft    how long the jobs left take at the pace the server allows
 * @param limit       calls the server allows per window; 0 when it does not limit this user or has not said
 * @param window      the length of that window
 */
public record QueueProgress(int total, int over, int done, int gone, int failed, JobKind kind, Instant pausedUntil, Pause pause, Duration timeLeft,
                            int limit, Duration window) {

    /** Why the queue waits. */
    public enum Pause {
        /** The server's rate limit: nothing is sent before the window resets. */
        RATE_LIMIT,
        /** A server or network failure: the same job goes again after a short back-off. */
        RETRY,
        /** The server ended the session: the rest goes on after signing in again. */
        SIGNED_OUT
    }

    public static final QueueProgress IDLE = new QueueProgress(0, 0, 0, 0, 0, null, null, null, Duration.ZERO, 0,
            Duration.ZERO);

    public boolean isIdle() {
        return over >= total;
    }
}
