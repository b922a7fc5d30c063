package dev.tidybar.api;

import static dev.tidybar.api.OddAnswersTest.assertMalformed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 2xx whose JSON lacks what Tidybar needs is not a success: a sign-in without its token, a close
 * the server says failed, a list or a page without its rows. Each is an unexpected answer, never a
 * session, a close done or an empty list.
 */
class IncompleteAnswersTest extends LoopbackClientTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "login | {\"status\":\"success\",\"data\":{\"userId\":\"u1\"}}",
            "login | {\"status\":\"success\",\"data\":{\"authToken\":\"t1\"}}",
            "login | {\"status\":\"success\"}",
            "groups.close | {\"success\":false}",
            "groups.close | {}",
            "groups.open | {\"success\":false}",
            "subscriptions.get | {\"remove\":[],\"success\":true}",
            "groups.list | {\"groups\":[],\"success\":true}",
            "groups.list | {\"total\":1,\"success\":true}",
            "groups.list | {\"groups\":[{\"_id\":\"r1\"}],\"total\":1,\"success\":true}",
    })
    void aSuccessWithoutWhatTidybarNeedsIsAnUnexpectedAnswer(String endpoint, String body) {
        server.answerJson("/api/v1/" + endpoint, 200, body);

        assertMalformed(() -> call(endpoint), MalformedResponseException.Kind.UNEXPECTED_SHAPE);
    }

    private void call(String endpoint) throws RocketChatException {
        switch (endpoint) {
            case "login" -> client.login(server.workspace(), new PasswordLogin("alex", "pw", null));
            case "groups.close" -> client.closeGroup(session, "r1");
            case "groups.open" -> client.openGroup(session, "r1");
            case "subscriptions.get" -> client.readGroups(session, null);
            case "groups.list" -> client.readRoomDetails(session, 1, rooms -> { }, null);
            default -> throw new IllegalArgumentException(endpoint);
        }
    }
}
