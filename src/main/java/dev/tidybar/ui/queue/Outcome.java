package dev.tidybar.ui.queue;

/** How a job ended. */
public enum Outcome {
    /** The server did it. */
    DONE,
    /** The group already was as asked: closed when closing, open when reopening. The user's goal is met. */
    ALREADY,
    /** The group was deleted, or the user is no longer in it. */
    GONE,
    /** The server refused, or could not be reached after the retries; the failure says why. */
    FAILED,
    /** The user cancelled it before it was sent. */
    CANCELLED
}
