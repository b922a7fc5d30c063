package dev.tidybar.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link HttpRocketChatClient} talks to a server. Immutable: each {@code with…} returns a copy.
 *
 * @param appVersion       sent as {@code User-Agent: Tidybar/<appVersion>}
 * @param connectTimeout   how long to wait for a TCP (and TLS) connection
 * @param responseTimeout  how long to wait for the next bytes of an answer once the request is sent
 * @param maxResponseBytes answers longer than this are refused (a guard against a wrong address
 *                         or a broken proxy streaming without end)
 * @param pageConcurrency  how many pages of {@code groups.list} are read at the same time
 */
public record ClientSettings(
        String appVersion,
        Duration connectTimeout,
        Duration responseTimeout,
        long maxResponseBytes,
        int pageConcurrency) {

    /** subscriptions.get sends every subscription in one answer, about 1 KB each: this allows tens of thousands. */
    private static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

    /**
     * 8 pages at once read 10,000 groups about 6.5 times faster than one after another at 50 ms a call
     * (4 managed 3.6 times; the README's sync benchmark); under Rocket.Chat's default limit the
     * route's budget, 10 a minute, holds them back anyway.
     */
    private static final int DEFAULT_PAGE_CONCURRENCY = 8;

    public ClientSettings {
        Objects.requireNonNull(appVersion, "appVersion");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(responseTimeout, "responseTimeout");
        if (maxResponseBytes < 1 || maxResponseBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxResponseBytes must be from 1 to about 2 GB: " + maxResponseBytes);
        }
        if (pageConcurrency < 1 || pageConcurrency > 16) {
            throw new IllegalArgumentException("pageConcurrency must be between 1 and 16: " + pageConcurrency);
        }
    }

    public static ClientSettings defaults(String appVersion) {
        return new ClientSettings(appVersion, Duration.ofSeconds(10), Duration.ofSeconds(30),
                DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_PAGE_CONCURRENCY);
    }

    public ClientSettings withResponseTimeout(Duration timeout) {
        return new ClientSettings(appVersion, connectTimeout, timeout, maxResponseBytes, pageConcurrency);
    }

    public ClientSettings withMaxResponseBytes(long bytes) {
        return new ClientSettings(appVersion, connectTimeout, responseTimeout, bytes, pageConcurrency);
    }

    public ClientSettings withPageConcurrency(int pages) {
        return new ClientSettings(appVersion, connectTimeout, responseTimeout, maxResponseBytes, pages);
    }

    String userAgent() {
        return "Tidybar/" + appVersion;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
