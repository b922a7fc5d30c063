package dev.tidybar.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** What the fake received on Rocket.Chat routes, oldest first; only the latest entries are kept. */
final class RequestLog {

    private static final int KEEP = 10_000;

    private final Deque<ReceivedRequest> requests = new ArrayDeque<>();

    synchronized void add(ReceivedRequest request) {
        if (requests.size() == KEEP) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    synchronized List<ReceivedRequest> all() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }
}
