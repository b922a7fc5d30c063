package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The small parsers, on random input ({@link HostileInputs}): the {@code X-RateLimit-*} headers
 * ({@link HttpAnswer}) and the server's dates ({@link Dates}) give a value or nothing, never an exception.
 */
class HeadersAndDatesPropertyTest {

    private static final List<String> HEADER_VALUES = List.of("10", "0", "9", "1767225600000", " 42 ", "-1",
            "9223372036854775807", "2147483647", "99999999999999999999", "1.5", "+7", "");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.tidybar.api.HostileInputs#seeds")
    void rateLimitHeadersGiveALimitOnlyWhenEveryPartReads(long seed) {
        new HostileInputs(seed).check(HeadersAndDatesPropertyTest::rateLimitHeaders, headers -> {
            HttpAnswer answer = new HttpAnswer(URI.create("https://chat.example.com/api/v1/groups.close"), 200,
                    headers, new byte[0]);

            Optional<Integer> limit = answer.intHeader("x-ratelimit-limit");
            Optional<Instant> reset = answer.resetHeader();
            Optional<RateLimit> rateLimit = answer.rateLimit();

            assertThat(rateLimit.isPresent()).isEqualTo(limit.isPresent() && reset.isPresent());
            rateLimit.ifPresent(read -> {
                assertThat(read.limit()).isEqualTo(limit.orElseThrow());
                assertThat(read.resetAt()).isEqualTo(reset.orElseThrow());
                assertThat(read.remaining()).isEqualTo(answer.intHeader("x-ratelimit-remaining").orElse(0));
            });
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.tidybar.api.HostileInputs#seeds")
    void anyDateNodeGivesAnInstantOrNothing(long seed) {
        new HostileInputs(seed).check(HeadersAndDatesPropertyTest::dateNode, node -> {
            Instant read = Dates.parse(node);

            if (node.isTextual() && isIsoDate(node.asText())) {
                assertThat(read).isEqualTo(OffsetDateTime.parse(node.asText()).toInstant());
            }
        });
    }

    private static Map<String, String> rateLimitHeaders(HostileInputs inputs) {
        Map<String, String> headers = new HashMap<>();
        for (String name : List.of("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")) {
            if (inputs.nextInt(4) > 0) {
                headers.put(name, inputs.text(HEADER_VALUES));
            }
        }
        return headers;
    }

    /** A date as servers write it, broken; a number of any size; or any value, bare or as EJSON {@code $date}. */
    private static JsonNode dateNode(HostileInputs inputs) {
        return switch (inputs.nextInt(3)) {
            case 0 -> NODES.textNode(inputs.text(HostileInputs.DATES));
            case 1 -> inputs.anyValue(3);
            default -> NODES.objectNode().set("$date", inputs.anyValue(3));
        };
    }

    private static boolean isIsoDate(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (RuntimeException notIso) {
            return false;
        }
    }
}
