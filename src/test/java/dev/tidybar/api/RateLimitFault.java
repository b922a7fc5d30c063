package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * The fault matrix's 429 rows: rate-limit headers that are not numbers, point into the past or to
 * the end of time, lack the limit, or are missing altogether. Reads wait out what they can (on the
 * manual clock) and end with the last refusal; every call ends with a {@link RateLimitedException}
 * that knows how long the server asked for.
 */
enum RateLimitFault implements CallFault {

    RESET_NOT_A_NUMBER("reset header not a number", Words.WAIT_57_SECONDS,
            clock -> Map.of("X-RateLimit-Limit", "10", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "soon"),
            Words.WAIT, 10),
    RESET_NEGATIVE("reset header negative", Words.WAIT_57_SECONDS,
            clock -> Map.of("X-RateLimit-Limit", "10", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "-60000"),
            Words.WAIT, 10),
    RESET_AT_THE_END_OF_TIME("reset header absurdly far", Words.WAIT_57_SECONDS,
            clock -> Map.of("X-RateLimit-Limit", "10", "X-RateLimit-Remaining", "0",
                    "X-RateLimit-Reset", String.valueOf(Long.MAX_VALUE)),
            RateLimitedException.LONGEST_KEPT, 10),
    LIMIT_MISSING("limit header missing", Words.WAIT_57_SECONDS,
            clock -> Map.of("X-RateLimit-Remaining", "0",
                    "X-RateLimit-Reset", String.valueOf(clock.instant().plusSeconds(30).toEpochMilli())),
            Duration.ofSeconds(30), 0),
    NO_HEADERS("no headers", Words.WAIT_57_SECONDS, clock -> Map.of(), Words.WAIT, 0),
    NO_HEADERS_NOR_WORDS("no headers, no wait in the words", "{\"success\":false,\"error\":\"Too many requests\"}",
            clock -> Map.of(), Duration.ofMinutes(1), 0);

    private final String label;
    private final String body;
    private final Function<Clock, Map<String, String>> headers;
    private final Duration askedWait;
    private final int limit;

    /**
     * @param headers   the {@code X-RateLimit-*} headers of each 429, as of the clock's now
     * @param askedWait the wait the failure must hold
     * @param limit     the limit it must hold, 0 when the server did not say
     */
    RateLimitFault(String label, String body, Function<Clock, Map<String, String>> headers, Duration askedWait,
                   int limit) {
        this.label = "429, " + label;
        this.body = body;
        this.headers = headers;
        this.askedWait = askedWait;
        this.limit = limit;
    }

    @Override
    public void install(LoopbackServer server, EndpointCall endpoint, Clock clock) {
        server.handle(endpoint.path(), exchange -> {
            headers.apply(clock).forEach(exchange.getResponseHeaders()::add);
            LoopbackServer.send(exchange, 429, "application/json", body);
        });
    }

    @Override
    public Expected expected(EndpointCall endpoint) {
        boolean tooLong = askedWait.compareTo(RateLimitedException.LONGEST_WAIT) > 0;
        return Expected.of(RateLimitedException.class, null, 429, failure -> {
            assertThat(failure.askedWait()).as("the wait asked").isEqualTo(askedWait);
            assertThat(failure.tooLongToWait()).as("too long to count down").isEqualTo(tooLong);
            assertThat(failure.limit()).as("the limit").isEqualTo(limit);
        }, bannerWords(tooLong));
    }

    /** Reads try again after each wait, up to a bound; a sign-in, logout, close or reopen goes once. */
    @Override
    public void afterwards(LoopbackServer server, EndpointCall endpoint) {
        assertThat(server.received()).as("calls the server got")
                .hasSizeBetween(1, endpoint.waitsOutRateLimits() ? RateLimitPause.MOST_REFUSALS_IN_A_ROW : 1);
    }

    @Override
    public String toString() {
        return label;
    }

    /** How every screen's banner puts the wait, where they agree: a short one in seconds. */
    private String bannerWords(boolean tooLong) {
        if (tooLong) {
            return "more than a hundred years";
        }
        return askedWait.toMinutes() == 0 ? askedWait.toSeconds() + " seconds" : null;
    }

    /** Rocket.Chat's 429 (contract §7): the seconds in its words are the wait. */
    private static final class Words {
        static final String WAIT_57_SECONDS = "{\"success\":false,\"error\":\"Error, too many requests. Please slow"
                + " down. You must wait 57 seconds before trying this endpoint again. [error-too-many-requests]\"}";
        static final Duration WAIT = Duration.ofSeconds(57);
    }
}
