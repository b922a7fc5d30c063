package dev.tidybar.ui.queue;

/** Where a job is while it is not over: what its row shows. */
public enum JobState {
    /** In the queue, for its turn or for the server's rate limit. It can still be cancelled. */
    WAITING,
    /** On the wire: its answer decides the outcome. */
    SENDING
}
