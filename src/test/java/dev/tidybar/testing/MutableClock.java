package dev.tidybar.testing;

import dev.tidybar.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand, to cross rate-limit windows, login blocks and countdowns without waiting. */
public class MutableClock extends Clock {

    private Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    public synchronized void set(Instant to) {
        now = to;
    }

    /** Moves on to {@code later}; never back, when several threads move it at once. */
    public synchronized void advanceTo(Instant later) {
        if (later.isAfter(now)) {
            now = later;
        }
    }

    /** The client's sleeper: "sleeping" moves this clock on to the end of the wait. */
    public Sleeper sleeper() {
        return until -> {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            advanceTo(until);
        };
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
