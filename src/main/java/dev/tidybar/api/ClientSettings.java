package dev.tidybar.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link HttpRocketChatClient} talks to a server. Immutable: each {@code with…} returns a copy.
 * One answer is big by design, {@code subscriptions.get} with every group of the user (the list);
 * every other answer is small, so it gets a smaller cap and a shorter deadline.
 *
 * @param appVersion      sent as {@code User-Agent: Tidybar/<appVersion>}
 * @param connectTimeout  how long to wait for a TCP (and TLS) connection
 * @param responseTimeout how long the server may stay silent, before or between the bytes of an answer
 * @param callDeadline    how long one call may take in all, redirects included, however the bytes trickle
 * @param listDeadline    the same for the list, which may be tens of megabytes
 * @param maxListBytes    the list's answers longer than this are refused
 * @param maxAnswerBytes  any other answer longer than this is refused: a guard against a wrong address or
 *                        a broken proxy streaming without end, and what bounds the heap (packaging/README.md)
 * @param pageConcurrency how many pages of {@code groups.list} are read at the same time
 */
public record ClientSettings(
        String appVersion,
        Duration connectTimeout,
        Duration responseTimeout,
        Duration callDeadline,
        Duration listDeadline,
        long maxListBytes,
        long maxAnswerBytes,
        int pageConcurrency) {

    /** The one route whose answer holds every group. */
    static final String LIST_ENDPOINT = "subscriptions.get";

    /** subscriptions.get sends every subscription in one answer, about 1 KB each: this allows tens of thousands. */
    private static final long DEFAULT_MAX_LIST_BYTES = 64L * 1024 * 1024;
    /** A page of 100 rooms is about 100 KB; long topics and descriptions may make it some times that. */
    private static final long DEFAULT_MAX_ANSWER_BYTES = 4L * 1024 * 1024;

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
        requirePositive(callDeadline, "callDeadline");
        requirePositive(listDeadline, "listDeadline");
        requireCap(maxListBytes, "maxListBytes");
        requireCap(maxAnswerBytes, "maxAnswerBytes");
        if (pageConcurrency < 1 || pageConcurrency > 16) {
            throw new IllegalArgumentException("pageConcurrency must be between 1 and 16: " + pageConcurrency);
        }
    }

    public static ClientSettings defaults(String appVersion) {
        return new ClientSettings(appVersion, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
                Duration.ofMinutes(3), DEFAULT_MAX_LIST_BYTES, DEFAULT_MAX_ANSWER_BYTES, DEFAULT_PAGE_CONCURRENCY);
    }

    public ClientSettings withResponseTimeout(Duration timeout) {
        return new ClientSettings(appVersion, connectTimeout, timeout, callDeadline, listDeadline, maxListBytes,
                maxAnswerBytes, pageConcurrency);
    }

    /** The same deadline for every call, the list's too. */
    public ClientSettings withDeadline(Duration deadline) {
        return new ClientSettings(appVersion, connectTimeout, responseTimeout, deadline, deadline, maxListBytes,
                maxAnswerBytes, pageConcurrency);
    }

    /** The same cap for every answer, the list's too. */
    public ClientSettings withMaxResponseBytes(long bytes) {
        return new ClientSettings(appVersion, connectTimeout, responseTimeout, callDeadline, listDeadline, bytes,
                bytes, pageConcurrency);
    }

    public ClientSettings withPageConcurrency(int pages) {
        return new ClientSettings(appVersion, connectTimeout, responseTimeout, callDeadline, listDeadline,
                maxListBytes, maxAnswerBytes, pages);
    }

    String userAgent() {
        return "Tidybar/" + appVersion;
    }

    Duration deadline(String endpoint) {
        return LIST_ENDPOINT.equals(endpoint) ? listDeadline : callDeadline;
    }

    long maxBytes(String endpoint) {
        return LIST_ENDPOINT.equals(endpoint) ? maxListBytes : maxAnswerBytes;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    private static void requireCap(long bytes, String name) {
        if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + " must be from 1 to about 2 GB: " + bytes);
        }
    }
}
