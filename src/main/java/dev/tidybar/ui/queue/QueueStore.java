package dev.tidybar.ui.queue;

import java.util.Optional;

/**
 * Where the queue's jobs outlive the app: a file per workspace and user in the app's data folder,
 * or memory in tests. Saving an empty queue forgets it.
 */
public interface QueueStore {

    /** What {@code userId} had left on {@code workspace}; empty when nothing was. */
    Optional<SavedQueue> load(String workspace, String userId);

    /** Keeps {@code queue} (without blocking the caller), or forgets it when it has no jobs. */
    void save(SavedQueue queue);
}
