package dev.tidybar.ui.queue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link QueueStore} in memory, for the demo (whose workspace starts afresh each time, so a queue
 * saved to disk could never be resumed) and for tests that sign out and in again.
 */
public final class MemoryQueueStore implements QueueStore {

    private final Map<String, SavedQueue> saved = new HashMap<>();

    @Override
    public synchronized Optional<SavedQueue> load(String workspace, String userId) {
        return Optional.ofNullable(saved.get(workspace + "\n" + userId));
    }

    @Override
    public synchronized void save(SavedQueue queue) {
        String key = queue.workspace() + "\n" + queue.userId();
        if (queue.jobs().isEmpty()) {
            saved.remove(key);
        } else {
            saved.put(key, queue);
        }
    }

    /** How many jobs are saved for anyone. */
    public synchronized int jobCount() {
        return saved.values().stream().mapToInt(queue -> queue.jobs().size()).sum();
    }
}
