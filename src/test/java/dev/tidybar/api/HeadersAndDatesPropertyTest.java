package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

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

    /** Read without the general parser: it must agree with it on every date, and on every near miss. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.tidybar.api.HostileInputs#seeds")
    void datesAsServersWriteThemReadAsTheIsoParserReadsThem(long seed) {
        new HostileInputs(seed).check(HeadersAndDatesPropertyTest::serverDate, text -> {
            Instant read = Dates.parse(NODES.textNode(text));

            assertThat(read).isEqualTo(isIsoDate(text) ? OffsetDateTime.parse(text).toInstant() : null);
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

    /**
     * Any moment from 1900 to 2199 written as servers write it: 0 to 9 digits of fraction, {@code Z} or an offset;
     * one time in three with one character changed (a digit too many, a day that does not exist, a sign).
     */
    private static String serverDate(HostileInputs inputs) {
        long seconds = -2_208_988_800L + (long) (inputs.nextInt(1 << 30)) * 9;
        String fraction = inputs.nextInt(3) == 0 ? "" : "." + String.format(Locale.ROOT, "%09d", inputs.nextInt(1_000_000_000))
                .substring(0, 1 + inputs.nextInt(9));
        int offsetMinutes = inputs.nextInt(3) == 0 ? 0 : inputs.nextInt(36 * 60 + 1) - 18 * 60;
        String offset = offsetMinutes == 0 && inputs.nextInt(2) == 0 ? "Z"
                : String.format(Locale.ROOT, "%s%02d:%02d", offsetMinutes < 0 ? "-" : "+", Math.abs(offsetMinutes) / 60,
                        Math.abs(offsetMinutes) % 60);
        String text = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).format(SECONDS) + fraction + offset;
        if (inputs.nextInt(3) > 0) {
            return text;
        }
        var changed = new StringBuilder(text);
        changed.setCharAt(inputs.nextInt(text.length()), "09:-+.TZz5".charAt(inputs.nextInt(10)));
        return changed.toString();
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
