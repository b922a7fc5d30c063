package dev.tidybar.ui.queue;

import java.time.Instant;
import java.util.List;

/**
 * The jobs one user had left on one workspace, as saved for the next sign-in: room ids and names,
 * never a token or a password.
 *
 * @param workspace the workspace's address, as {@code WorkspaceAddress.base()} gives it
 * @param userId    the server's id of the user, which does not change when they are renamed
 * @param savedAt   when it was saved, for the offer to resume
 * @param jobs      what is left, the job that was on the wire first
 */
public record SavedQueue(String workspace, String userId, Instant savedAt, List<Job> jobs) {

    public SavedQueue {
        jobs = List.copyOf(jobs);
    }
}
