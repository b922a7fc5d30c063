package dev.tidybar.api;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * Aborts one exchange when its call's whole deadline passes, or when its thread is interrupted (the
 * user's Cancel). Socket timeouts only count the silence between bytes, and an interrupt does not
 * wake a thread blocked on a socket, so without this a server sending a byte every few seconds
 * would hold a sign-in, a close or a logout forever.
 */
final class CallWatch implements AutoCloseable {

    /** How soon an abort follows the deadline or the interrupt. */
    private static final long CHECK_MILLIS = 100;

    private final Cancellable exchange;
    private final long deadlineNanos;
    private final Thread caller;
    private final ScheduledFuture<?> checks;
    private volatile boolean deadlinePassed;
    private volatile boolean aborted;

    /** Watches {@code exchange}, sent from this thread, until {@code deadlineNanos} ({@link System#nanoTime}). */
    CallWatch(ScheduledExecutorService watchdog, Cancellable exchange, long deadlineNanos) {
        this.exchange = exchange;
        this.deadlineNanos = deadlineNanos;
        this.caller = Thread.currentThread();
        this.checks = watchdog.scheduleWithFixedDelay(this::check, 0, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** True when the exchange was aborted because the deadline passed. */
    boolean deadlinePassed() {
        return deadlinePassed;
    }

    private void check() {
        if (aborted) {
            return;
        }
        if (System.nanoTime() - deadlineNanos >= 0) {
            deadlinePassed = true;
        } else if (!caller.isInterrupted()) {
            return;
        }
        aborted = true;
        exchange.cancel();
    }

    @Override
    public void close() {
        checks.cancel(false);
    }
}
