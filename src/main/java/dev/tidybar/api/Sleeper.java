package dev.tidybar.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * How the client waits for the server's rate limit: blocks until an instant of its clock. The app
 * sleeps; tests move a clock they share with the fake workspace, so a minute's window costs no time.
 */
@FunctionalInterface
public interface Sleeper {

    void sleepUntil(Instant until) throws InterruptedException;

    /** Sleeps on the calling thread until {@code clock} reaches the instant. */
    static Sleeper sleeping(Clock clock) {
        return until -> {
            long nanos;
            while ((nanos = Duration.between(clock.instant(), until).toNanos()) > 0) {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };
    }
}
