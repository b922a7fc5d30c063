package dev.tidybar.api;

import static dev.tidybar.api.OddAnswersTest.assertNetwork;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A connection that breaks after the request went out: a server that hangs up without a word or
 * resets the connection lost the call (the banner says the connection was closed); one that
 * answers with a head that is not HTTP is another failure to talk to it.
 */
class BrokenConnectionsTest {

    private final HttpRocketChatClient client = new HttpRocketChatClient(ClientSettings.defaults("9.9.9"));

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void aServerThatHangsUpWithoutAnAnswerClosedTheConnection() throws Exception {
        try (HandWrittenServer server = HandWrittenServer.start(connection -> { })) {
            assertNetwork(() -> client.closeGroup(session(server), "r1"), NetworkException.Kind.CONNECTION_RESET,
                    "127.0.0.1");
        }
    }

    @Test
    void aServerThatResetsTheConnectionClosedIt() throws Exception {
        try (HandWrittenServer server = HandWrittenServer.start(connection -> connection.setSoLinger(true, 0))) {
            assertNetwork(() -> client.closeGroup(session(server), "r1"), NetworkException.Kind.CONNECTION_RESET,
                    "127.0.0.1");
        }
    }

    @Test
    void anAnswerHeadThatIsNotHttpIsAnotherNetworkFailure() throws Exception {
        try (HandWrittenServer server = HandWrittenServer.start(connection -> connection.getOutputStream()
                .write("HTTP/1.1 200 OK\r\nnot a header\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))) {
            assertNetwork(() -> client.closeGroup(session(server), "r1"), NetworkException.Kind.OTHER, "127.0.0.1");
        }
    }

    private static Session session(HandWrittenServer server) throws InvalidWorkspaceAddressException {
        return new Session(server.workspace(), "u1", "t1", "alex", "Alex", false);
    }
}
