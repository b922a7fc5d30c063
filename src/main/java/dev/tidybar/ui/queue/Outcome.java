package dev.tidybar.ui.queue;

import dev.tidybar.api.AlreadyClosedException;
import dev.tidybar.api.AlreadyOpenException;
import dev.tidybar.api.GroupNotFoundException;
import dev.tidybar.ui.common.JobKind;

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
    CANCELLED;

    /** How {@code job} ended when it failed with {@code failure} and is not tried again. */
    static Outcome ofFailure(Job job, Exception failure) {
        if (failure instanceof AlreadyClosedException && job.kind() == JobKind.CLOSE
                || failure instanceof AlreadyOpenException && job.kind() == JobKind.REOPEN) {
            return ALREADY;
        }
        return failure instanceof GroupNotFoundException ? GONE : FAILED;
    }
}
