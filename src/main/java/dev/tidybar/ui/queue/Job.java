package dev.tidybar.ui.queue;

import dev.tidybar.ui.common.JobKind;
import java.util.Objects;

/**
 * One close or reopen of one group: what the {@link WorkQueue} sends, what a {@link Batch} counts,
 * and what is saved when the app quits with work left.
 *
 * @param kind      close (hide from the sidebar) or reopen (show it again)
 * @param roomId    what the server takes, and what the queue keys its jobs by
 * @param groupName what the screen calls the group
 */
public record Job(JobKind kind, String roomId, String groupName) {

    public Job {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(groupName, "groupName");
    }

    /** The job that undoes this one. */
    public Job inverse() {
        return new Job(kind.inverse(), roomId, groupName);
    }
}
