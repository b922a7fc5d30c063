package dev.tidybar.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What the fake received on Rocket.Chat routes, oldest first, with its secrets {@linkplain Redaction
 * redacted}; only the latest entries are kept.
 */
final class RequestLog {

    private static final int KEEP = 10_000;

    private final Deque<ReceivedRequest> requests = new ArrayDeque<>();

    void add(ReceivedRequest request) {
        ReceivedRequest redacted = Redaction.of(request);
        synchronized (this) {
            if (requests.size() == KEEP) {
                requests.removeFirst();
            }
            requests.addLast(redacted);
        }
    }

    synchronized List<ReceivedRequest> all() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }
}
