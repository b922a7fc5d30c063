package dev.tidybar.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Faults queued for the next answers of each endpoint, and the latency added to every answer. */
final class FaultPlan {

    private final Map<String, Deque<Fault>> queued = new HashMap<>();
    private Duration latency = Duration.ZERO;

    synchronized void add(String endpoint, Fault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        Deque<Fault> queue = queued.computeIfAbsent(endpoint, name -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
    }

    /** Takes the next fault for this endpoint, if one is queued. */
    synchronized Optional<Fault> next(String endpoint) {
        Deque<Fault> queue = queued.get(endpoint);
        return queue == null ? Optional.empty() : Optional.ofNullable(queue.poll());
    }

    synchronized void setLatency(Duration everyAnswer) {
        if (everyAnswer.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        latency = everyAnswer;
    }

    synchronized void clear() {
        queued.clear();
        latency = Duration.ZERO;
    }

    synchronized Duration latency() {
        return latency;
    }
}
