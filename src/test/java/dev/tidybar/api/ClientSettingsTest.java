package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings that would make every call fail, or never end, are refused when they are made. */
class ClientSettingsTest {

    private static final ClientSettings DEFAULTS = ClientSettings.defaults("9.9.9");

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "connectTimeout, PT0S", "connectTimeout, PT-1S",
            "responseTimeout, PT0S", "callDeadline, PT0S", "listDeadline, PT0S",
    })
    void aTimeLimitMustBePositive(String name, Duration limit) {
        assertThatThrownBy(() -> withTime(name, limit))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"maxListBytes, 0", "maxAnswerBytes, 0", "maxListBytes, 2147483640", "maxAnswerBytes, 2147483640"})
    void anAnswerCapMustBeFromOneByteToWhatAnArrayHolds(String name, long bytes) {
        assertThatThrownBy(() -> withCap(name, bytes))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"maxListBytes, 1", "maxAnswerBytes, 1", "maxListBytes, 2147483639", "maxAnswerBytes, 2147483639"})
    void theSmallestAndLargestCapsAreAllowed(String name, long bytes) {
        assertThatCode(() -> withCap(name, bytes)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 17})
    void pagesAtOnceMustBeFromOneToSixteen(int pages) {
        assertThatThrownBy(() -> DEFAULTS.withPageConcurrency(pages))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageConcurrency");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16})
    void oneAndSixteenPagesAtOnceAreAllowed(int pages) {
        assertThatCode(() -> DEFAULTS.withPageConcurrency(pages)).doesNotThrowAnyException();
    }

    private static ClientSettings withTime(String name, Duration limit) {
        return new ClientSettings(DEFAULTS.appVersion(),
                name.equals("connectTimeout") ? limit : DEFAULTS.connectTimeout(),
                name.equals("responseTimeout") ? limit : DEFAULTS.responseTimeout(),
                name.equals("callDeadline") ? limit : DEFAULTS.callDeadline(),
                name.equals("listDeadline") ? limit : DEFAULTS.listDeadline(),
                DEFAULTS.maxListBytes(), DEFAULTS.maxAnswerBytes(), DEFAULTS.pageConcurrency());
    }

    private static ClientSettings withCap(String name, long bytes) {
        return new ClientSettings(DEFAULTS.appVersion(), DEFAULTS.connectTimeout(), DEFAULTS.responseTimeout(),
                DEFAULTS.callDeadline(), DEFAULTS.listDeadline(),
                name.equals("maxListBytes") ? bytes : DEFAULTS.maxListBytes(),
                name.equals("maxAnswerBytes") ? bytes : DEFAULTS.maxAnswerBytes(), DEFAULTS.pageConcurrency());
    }
}
