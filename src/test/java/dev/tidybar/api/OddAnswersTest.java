package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers a real Rocket.Chat never gives but a wrong address, a proxy or a broken network does,
 * and the network failures that need no server at all.
 */
class OddAnswersTest extends LoopbackClientTest {

    private static final String LOGIN_OK = "{\"status\":\"success\",\"data\":{\"userId\":\"u1\",\"authToken\":\"t1\","
            + "\"me\":{\"_id\":\"u1\",\"username\":\"alex\",\"name\":\"Alex Doe\"}},\"success\":true}";

    @Override
    ClientSettings settings() {
        return super.settings().withMaxResponseBytes(1000);
    }

    @Test
    void sendsTheUserAgentAndTheLoginBody() throws Exception {
        server.answerJson("/api/v1/login", 200, LOGIN_OK);

        Session signedIn = client.login(server.workspace(), new PasswordLogin(" alex ", "pw", null));

        assertThat(signedIn.displayName()).isEqualTo("Alex Doe");
        assertThat(server.received()).singleElement().satisfies(request -> {
            assertThat(request.headers()).containsEntry("user-agent", "Tidybar/9.9.9")
                    .containsEntry("accept", "application/json")
                    .containsEntry("content-type", "application/json; charset=UTF-8");
            assertThat(request.body()).isEqualTo("{\"user\":\"alex\",\"password\":\"pw\"}");
        });
    }

    @Test
    void refusesAnAnswerOverTheSizeCapWhetherItsLengthIsDeclaredOrNot() {
        String big = "{\"update\":[],\"padding\":\"" + "x".repeat(2000) + "\"}";
        server.answerJson("/api/v1/groups.close", 200, big);
        server.handle("/api/v1/groups.open", exchange -> {
            exchange.sendResponseHeaders(200, 0);   // chunked: no length up front
            exchange.getResponseBody().write(big.getBytes(StandardCharsets.UTF_8));
        });

        assertThatThrownBy(() -> client.closeGroup(session, "r1")).isInstanceOf(MalformedResponseException.class)
                .hasMessage("groups.close: the answer is larger than the 1000-byte limit (2026 bytes)");
        assertThatThrownBy(() -> client.openGroup(session, "r1")).isInstanceOf(MalformedResponseException.class)
                .hasMessage("groups.open: the answer is larger than the 1000-byte limit");
    }

    @Test
    void readsAnAnswerOfExactlyTheSizeCapWhetherItsLengthIsDeclaredOrNot() throws Exception {
        String success = "{\"success\":true,\"padding\":\"\"}";
        String exactlyTheCap = success.replace("\"\"}", "\"" + "x".repeat(1000 - success.length()) + "\"}");
        server.answerJson("/api/v1/groups.close", 200, exactlyTheCap);
        server.handle("/api/v1/groups.open", exchange -> {
            exchange.sendResponseHeaders(200, 0);   // chunked: no length up front
            exchange.getResponseBody().write(exactlyTheCap.getBytes(StandardCharsets.UTF_8));
        });

        assertThat(exactlyTheCap).hasSize(1000);
        assertThat(client.closeGroup(session, "r1")).isEmpty();
        assertThat(client.openGroup(session, "r1")).isEmpty();
    }

    @Test
    void reportsAnAnswerCutOffBeforeItsDeclaredLength() {
        server.handle("/api/v1/groups.close", exchange -> {
            exchange.sendResponseHeaders(200, 500);
            exchange.getResponseBody().write("{\"success\":".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            throw new IOException("the test server stops mid-answer");
        });

        assertMalformed(() -> client.closeGroup(session, "r1"), MalformedResponseException.Kind.TRUNCATED);
    }

    @Test
    void reportsJsonThatEndsEarly() {
        server.answerJson("/api/v1/groups.close", 200, "{\"success\":\"tr");
        server.answerJson("/api/v1/groups.open", 200, "{\"success\":true");

        assertMalformed(() -> client.closeGroup(session, "r1"), MalformedResponseException.Kind.TRUNCATED);
        assertMalformed(() -> client.openGroup(session, "r1"), MalformedResponseException.Kind.TRUNCATED);
    }

    /** A web page is known by its type or by its first character, whichever the proxy got right. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "text/html | <!doctype html><html>Welcome</html>",
            "text/html; charset=UTF-8 | Please sign in to the Wi-Fi first.",
            "application/json | '  \n<html><body>Maintenance</body></html>'",
    })
    void reportsAWebPageWhereTheApiShouldBe(String contentType, String page) {
        server.answer("/api/v1/login", 200, contentType, page, Map.of());

        assertMalformed(() -> client.login(server.workspace(), new PasswordLogin("alex", "pw", null)),
                MalformedResponseException.Kind.HTML_PAGE);
    }

    @Test
    void reportsAMissingApiAsNotFound() {
        server.answer("/api/v1/me", 404, "text/plain", "404 Not Found", Map.of());

        assertMalformed(() -> client.loginWithPersonalToken(server.workspace(), "u1", "t1"),
                MalformedResponseException.Kind.NOT_FOUND);
    }

    @Test
    void reportsJsonOfTheWrongShape() {
        server.answerJson("/api/v1/login", 200, "{\"status\":\"success\",\"data\":[]}");
        server.answerJson("/api/v1/me", 200, "{\"success\":true}");

        assertMalformed(() -> client.login(server.workspace(), new PasswordLogin("alex", "pw", null)),
                MalformedResponseException.Kind.UNEXPECTED_SHAPE);
        assertMalformed(() -> client.loginWithPersonalToken(server.workspace(), "u1", "t1"),
                MalformedResponseException.Kind.UNEXPECTED_SHAPE);
    }

    @Test
    void understandsTheSixXBodyOfAnEndedSession() {
        server.answerJson("/api/v1/groups.close", 401,
                "{\"status\":\"error\",\"message\":\"You must be logged in to do this.\"}");

        assertThatThrownBy(() -> client.closeGroup(session, "r1"))
                .isInstanceOfSatisfying(NotLoggedInException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(401);
                    assertThat(failure.serverError()).isEqualTo("You must be logged in to do this.");
                    assertThat(failure.getMessage()).doesNotContain(LoopbackServer.TOKEN);
                });
    }

    @Test
    void anyOther400IsABadRequestWithTheServersWords() {
        server.answerJson("/api/v1/groups.close", 400, "{\"success\":false,\"error\":\"The parameter \\\"roomId\\\" "
                + "or \\\"roomName\\\" is required [error-room-param-not-provided]\",\"errorType\":"
                + "\"error-room-param-not-provided\"}");
        server.answerJson("/api/v1/groups.open", 400, "{\"success\":false}");

        assertThatThrownBy(() -> client.closeGroup(session, "r1"))
                .isExactlyInstanceOf(BadRequestException.class)
                .satisfies(failure -> assertThat(((BadRequestException) failure).serverErrorType())
                        .isEqualTo("error-room-param-not-provided"));
        assertThatThrownBy(() -> client.openGroup(session, "r1")).isExactlyInstanceOf(BadRequestException.class);
    }

    @Test
    void aMissingPermissionIsForbidden() {
        server.answerJson("/api/v1/groups.close", 403, "{\"success\":false,\"error\":\"User does not have the "
                + "permissions required for this action [error-unauthorized]\"}");

        assertThatThrownBy(() -> client.closeGroup(session, "r1"))
                .isInstanceOfSatisfying(ForbiddenException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(403);
                    assertThat(failure.serverError()).endsWith("[error-unauthorized]");
                });
    }

    @Test
    void estimatesTheResetTimeOfA429WithoutHeadersFromItsText() {
        server.answerJson("/api/v1/groups.close", 429, "{\"success\":false,\"error\":\"Error, too many requests. "
                + "Please slow down. You must wait 42 seconds before trying this endpoint again. "
                + "[error-too-many-requests]\"}");
        Instant before = Instant.now();

        assertThatThrownBy(() -> client.closeGroup(session, "r1"))
                .isInstanceOfSatisfying(RateLimitedException.class, failure -> {
                    assertThat(failure.resetAt()).isCloseTo(before.plusSeconds(42), within(5, ChronoUnit.SECONDS));
                    assertThat(failure.limit()).isZero();
                });
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        WorkspaceAddress nobody = address("http://127.0.0.1:" + closedPort);

        assertNetwork(() -> client.login(nobody, new PasswordLogin("alex", "pw", null)),
                NetworkException.Kind.CONNECTION_REFUSED, "127.0.0.1");
    }

    @Test
    void reportsAnUnknownHost() {
        WorkspaceAddress nowhere = address("https://chat.tidybar.invalid");

        assertNetwork(() -> client.login(nowhere, new PasswordLogin("alex", "pw", null)),
                NetworkException.Kind.UNKNOWN_HOST, "chat.tidybar.invalid");
    }

    @Test
    void reportsAFailedSecureConnection() throws Exception {
        try (ServerSocket plainText = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answerInPlainText = new Thread(() -> {
                try (Socket connection = plainText.accept()) {
                    connection.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(
                            StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the client gave up first; the assertion below says what it saw
                }
            });
            answerInPlainText.start();
            WorkspaceAddress notTls = address("https://127.0.0.1:" + plainText.getLocalPort());

            assertNetwork(() -> client.login(notTls, new PasswordLogin("alex", "pw", null)),
                    NetworkException.Kind.TLS, "127.0.0.1");
            answerInPlainText.join();
        }
    }

    private static WorkspaceAddress address(String typed) {
        try {
            return WorkspaceAddress.parse(typed);
        } catch (InvalidWorkspaceAddressException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertMalformed(ThrowingCall call, MalformedResponseException.Kind kind) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(MalformedResponseException.class,
                failure -> assertThat(failure.kind()).as(failure.getMessage()).isEqualTo(kind));
    }

    static void assertNetwork(ThrowingCall call, NetworkException.Kind kind, String host) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(NetworkException.class, failure -> {
            assertThat(failure.kind()).as(failure.getMessage()).isEqualTo(kind);
            assertThat(failure.host()).isEqualTo(host);
            assertThat(failure.getCause()).isNotNull();
        });
    }

    /** A client call, for assertThatThrownBy. */
    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }
}
