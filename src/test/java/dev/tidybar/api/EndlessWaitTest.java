package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 429 may ask for any wait, in its words or its headers, and any of them must come back as a
 * {@link RateLimitedException} that knows how long was asked: never a parse error or an overflow.
 */
class EndlessWaitTest extends LoopbackClientTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "wait 99999999999999999999 seconds, no headers | 99999999999999999999 |  | true | ",
            "wait 7200 seconds, no headers | 7200 |  | true | ",
            "wait 3600 seconds, no headers: an hour is still counted down | 3600 |  | false | 3600",
            "wait 42 seconds, no headers | 42 |  | false | 42",
            "wait 42 seconds written with 16 digits | 0000000000000042 |  | false | 42",
            "a reset at the end of time | 1 | 9223372036854775807 | true | ",
            "a reset too long for a long, so the words count | 42 | 99999999999999999999 | false | 42",
    })
    void anyAskedWaitBecomesARateLimitedException(String name, String seconds, String resetHeader,
                                                  boolean tooLong, Long askedSeconds) {
        Map<String, String> headers = resetHeader == null ? Map.of()
                : Map.of("X-RateLimit-Limit", "10", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", resetHeader);
        server.answer("/api/v1/groups.close", 429, "application/json",
                "{\"success\":false,\"error\":\"Error, too many requests. Please slow down. You must wait " + seconds
                        + " seconds before trying this endpoint again. [error-too-many-requests]\"}", headers);

        assertThatThrownBy(() -> client.closeGroup(session, "r1"))
                .isInstanceOfSatisfying(RateLimitedException.class, limited -> {
                    assertThat(limited.tooLongToWait()).isEqualTo(tooLong);
                    assertThat(limited.askedWait()).isPositive()
                            .isLessThanOrEqualTo(RateLimitedException.LONGEST_KEPT);
                    if (!tooLong) {
                        assertThat(limited.askedWait())
                                .isCloseTo(Duration.ofSeconds(askedSeconds), Duration.ofSeconds(2));
                    }
                });
    }
}
