package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Error answers the fake workspace never gives, and what each becomes: its failure type, and the
 * words a banner shows when the server gave none of its own (the failure's message).
 */
class ErrorAnswersTest extends LoopbackClientTest {

    private static final String TOO_MANY = "Error, too many requests. Please slow down. You must wait 42 seconds"
            + " before trying this endpoint again. [error-too-many-requests]";

    @Test
    void aSignInRefusedByTheRateLimitSaysWhenToTryAgain() {
        server.answerJson("/api/v1/login", 429, "{\"success\":false,\"error\":\"" + TOO_MANY + "\"}");

        assertThatThrownBy(() -> client.login(server.workspace(), new PasswordLogin("alex", "pw", null)))
                .isInstanceOfSatisfying(RateLimitedException.class, refused -> {
                    assertThat(refused.askedWait()).isEqualTo(Duration.ofSeconds(42));
                    assertThat(refused.serverError()).isEqualTo(TOO_MANY);
                    assertThat(refused.getMessage()).isEqualTo("login: HTTP 429 " + TOO_MANY);
                });
    }

    @Test
    void aRefusalThatNamesNoWaitIsWaitedOutForAMinute() {
        server.answerJson("/api/v1/groups.close", 429, "{\"success\":false,\"error\":\"Too many requests\"}");
        server.answerJson("/api/v1/groups.open", 429, "");

        assertThatThrownBy(() -> client.closeGroup(session, "r1"))
                .isInstanceOfSatisfying(RateLimitedException.class, refused -> {
                    assertThat(refused.askedWait()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(refused.getMessage()).isEqualTo("groups.close: HTTP 429 Too many requests");
                });
        assertThatThrownBy(() -> client.openGroup(session, "r1"))
                .isInstanceOfSatisfying(RateLimitedException.class, refused -> {
                    assertThat(refused.askedWait()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(refused.getMessage()).isEqualTo("groups.open: HTTP 429");
                });
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"405", "409", "413", "422"})
    void anyOther4xxIsABadRequestWithItsStatus(int status) {
        server.answerJson("/api/v1/groups.close", status, "{\"success\":false,\"error\":\"Not here\"}");
        server.answerJson("/api/v1/groups.open", status, "{\"success\":false}");

        assertThatThrownBy(() -> client.closeGroup(session, "r1"))
                .isExactlyInstanceOf(BadRequestException.class)
                .hasMessage("groups.close: HTTP " + status + " Not here")
                .satisfies(failure -> assertThat(((BadRequestException) failure).httpStatus()).isEqualTo(status));
        assertThatThrownBy(() -> client.openGroup(session, "r1"))
                .isExactlyInstanceOf(BadRequestException.class)
                .hasMessage("groups.open: HTTP " + status);
    }

    @ParameterizedTest(name = "HTTP {0}, {1}")
    @CsvSource(delimiter = '|', value = {
            "400 | text/plain | '' | NOT_JSON | groups.close: HTTP 400 with an empty answer",
            "401 | text/plain | Unauthorized | NOT_JSON"
                    + " | groups.close: HTTP 401 with an answer that is not Rocket.Chat JSON",
            "400 | text/html | <html><body>Bad request</body></html> | HTML_PAGE"
                    + " | groups.close: HTTP 400 with a web page instead of a Rocket.Chat answer;"
                    + " check the workspace address",
    })
    void a4xxWithoutRocketChatJsonSaysWhatCameInstead(int status, String contentType, String body,
                                                      MalformedResponseException.Kind kind, String message) {
        server.answer("/api/v1/groups.close", status, contentType, body, Map.of());

        assertThatThrownBy(() -> client.closeGroup(session, "r1"))
                .isInstanceOfSatisfying(MalformedResponseException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(kind);
                    assertThat(failure.httpStatus()).isEqualTo(status);
                    assertThat(failure.getMessage()).isEqualTo(message);
                });
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"300", "304"})
    void aThreeHundredThatIsNoRedirectIsNotTakenAsDone(int status) {
        server.answerJson("/api/v1/groups.close", status, status == 304 ? "" : "{\"success\":true}");

        assertThatThrownBy(() -> client.closeGroup(session, "r1"))
                .isInstanceOfSatisfying(MalformedResponseException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(MalformedResponseException.Kind.UNEXPECTED_SHAPE);
                    assertThat(failure.getMessage()).isEqualTo("groups.close: unexpected HTTP " + status);
                });
    }

    @Test
    void aServerErrorWithoutWordsIsNamedByItsStatus() {
        server.answerJson("/api/v1/groups.close", 503, "{\"success\":false}");

        assertThatThrownBy(() -> client.closeGroup(session, "r1"))
                .isInstanceOfSatisfying(ServerErrorException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(503);
                    assertThat(failure.serverError()).isNull();
                    assertThat(failure.getMessage()).isEqualTo("groups.close: HTTP 503");
                });
    }
}
