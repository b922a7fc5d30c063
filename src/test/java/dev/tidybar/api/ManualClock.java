package dev.tidybar.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when the client waits: shared by the fake workspace (its rate-limit
 * windows) and the client's rate-limit pauses, so a minute-long window costs no real time.
 */
final class ManualClock extends Clock {

    private final AtomicReference<Instant> now =
            new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a manual clock stays in UTC");
    }

    /** The client's sleeper: "sleeping" moves the clock on to the end of the wait. */
    RateLimitPause.Sleeper sleeper() {
        return until -> {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            now.accumulateAndGet(until, (current, later) -> later.isAfter(current) ? later : current);
        };
    }
}
