package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any failed answer, whatever its status, body and rate-limit headers ({@link HostileInputs}),
 * becomes a {@link RocketChatException} that keeps its status, at sign-in and on any other call; a
 * 429's wait is never negative nor beyond what a countdown can hold.
 */
class ErrorMappingPropertyTest {

    /** Failure bodies of Rocket.Chat 6.x and 7.x (contract §1.3, §3, §5, §7, §8), and what proxies send. */
    private static final List<String> BODIES = List.of(
            "{\"success\":false,\"error\":\"You must be logged in to do this.\",\"status\":\"error\","
                    + "\"message\":\"You must be logged in to do this.\"}",
            "{\"status\":\"error\",\"message\":\"Unauthorized\"}",
            "{\"success\":false,\"error\":\"totp-required\",\"errorType\":\"totp-required\","
                    + "\"details\":{\"method\":\"email\",\"codeGenerated\":true}}",
            "{\"success\":false,\"error\":\"Error, too many requests. Please slow down. You must wait 57 seconds"
                    + " before trying this endpoint again. [error-too-many-requests]\"}",
            "{\"success\":false,\"error\":\"The room does not exist [error-room-not-found]\","
                    + "\"errorType\":\"error-room-not-found\"}",
            "{\"success\":false,\"error\":\"The private group, design-team, is already closed to the sender\"}",
            "{\"success\":false,\"error\":12,\"message\":\"6.x numbered error\"}",
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
            "404 Not Found",
            "");
    private static final List<String> HEADER_VALUES = List.of("10", "0", "1767225600000", "-60000", " 42 ",
            "9223372036854775807", "99999999999999999999", "soon", "");
    private static final List<Integer> STATUSES = List.of(400, 401, 403, 404, 429, 500, 502, 503);

    private final ManualClock clock = new ManualClock();
    private final ErrorMapper mapper = new ErrorMapper(new ObjectMapper(), clock);

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.tidybar.api.HostileInputs#seeds")
    void anyFailedAnswerBecomesATypedFailureThatKeepsItsStatus(long seed) {
        new HostileInputs(seed).check(ErrorMappingPropertyTest::failedAnswer, answer -> {
            for (ErrorMapper.Call call : ErrorMapper.Call.values()) {
                RocketChatException failure = mapper.map("groups.close", call, answer.toHttp());

                assertThat(failure.httpStatus()).isEqualTo(answer.status());
                if (answer.status() == 429) {
                    assertWaitInRange((RateLimitedException) failure);
                }
            }
            assertWaitInRange(mapper.rateLimited("groups.close", answer.toHttp()));
        });
    }

    private void assertWaitInRange(RateLimitedException limited) {
        assertThat(limited.askedWait()).isBetween(Duration.ZERO, RateLimitedException.LONGEST_KEPT);
        assertThat(limited.resetAt()).isAfterOrEqualTo(clock.instant());
    }

    /** A status, most often one Rocket.Chat or a proxy sends, with a broken body and random rate-limit headers. */
    private static FailedAnswer failedAnswer(HostileInputs inputs) {
        int status = inputs.nextInt(3) == 0 ? 100 + inputs.nextInt(500) : inputs.oneOf(STATUSES);
        Map<String, String> headers = new HashMap<>();
        for (String name : List.of("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")) {
            if (inputs.nextInt(2) == 0) {
                headers.put(name, inputs.text(HEADER_VALUES));
            }
        }
        if (inputs.nextInt(2) == 0) {
            headers.put("content-type", inputs.oneOf(List.of("application/json", "text/html", "text/plain")));
        }
        return new FailedAnswer(status, Map.copyOf(headers), inputs.json(BODIES));
    }

    /** The input of one check, printable when it fails. */
    private record FailedAnswer(int status, Map<String, String> headers, byte[] body) {

        HttpAnswer toHttp() {
            return new HttpAnswer(URI.create("https://chat.example.com/api/v1/groups.close"), status, headers, body);
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + headers + " " + new String(body, StandardCharsets.UTF_8);
        }
    }
}
