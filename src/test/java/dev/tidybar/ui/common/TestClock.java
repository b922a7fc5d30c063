package dev.tidybar.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that starts at the real now and moves only when a test says so, for countdowns. */
public final class TestClock extends Clock {

    private Instant now = Instant.now();

    /** Back to the real now, so a server's reset time can be compared with this clock. */
    public void setToNow() {
        now = Instant.now();
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock has one zone");
    }
}
