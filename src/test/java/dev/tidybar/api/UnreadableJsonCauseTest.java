package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An answer Jackson cannot read keeps, in its failure's cause, what a developer reading the log
 * needs (the kind of failure, the place in the answer, Jackson's stack) without Jackson's words,
 * which quote the answer ({@link FailuresKeepSecretsTest} shows why).
 */
class UnreadableJsonCauseTest extends LoopbackClientTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON: the line and column | {\"success\":tru} | JsonParseException at line 1, column \\d+",
            "cut off: the line and column | {\"success\":true | JsonEOFException at line 1, column \\d+",
            "the wrong shape at the top: the line and column | [true]"
                    + " | MismatchedInputException at line 1, column \\d+",
            "the wrong shape inside: the field | {\"success\":[true]}"
                    + " | MismatchedInputException at dev\\.tidybar\\.api\\.Dto\\$Success\\[\"success\"]",
    })
    void theCauseSaysWhatJacksonFoundAndWhere(String name, String answer, String cause) {
        server.answerJson("/api/v1/groups.close", 200, answer);

        MalformedResponseException failure = catchThrowableOfType(MalformedResponseException.class,
                () -> client.closeGroup(session, "r1"));

        assertThat(failure.getCause()).hasMessageMatching(cause);
        assertThat(failure.getCause().getStackTrace()[0].getClassName()).startsWith("com.fasterxml.jackson");
    }
}
