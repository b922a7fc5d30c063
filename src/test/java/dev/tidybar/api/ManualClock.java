package dev.tidybar.api;

import dev.tidybar.testing.MutableClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A clock that moves only when the client waits ({@link #sleeper()}): shared by the fake workspace
 * (its rate-limit windows) and the client's rate-limit pauses, so a minute-long window costs no real time.
 */
final class ManualClock extends MutableClock {

    ManualClock() {
        super(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
