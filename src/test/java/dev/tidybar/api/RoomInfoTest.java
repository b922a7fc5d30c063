package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One room's columns from {@code groups.info}, as a delta's new group gets them: its last activity
 * from whichever date the server sent, in either of its date formats, and a refusal of an answer
 * that lacks the room.
 */
class RoomInfoTest extends LoopbackClientTest {

    private static final String LM = "2026-12-01T10:00:00.000Z";

    @Test
    void readsTheRoomsColumns() throws Exception {
        info("{\"_id\":\"r 1\",\"name\":\"design\",\"topic\":\"Reviews\",\"usersCount\":9,\"lm\":\"" + LM + "\","
                + "\"ro\":true,\"teamMain\":true}");

        RoomDetails details = client.readRoomDetails(session, "r 1");

        assertThat(details.roomId()).isEqualTo("r 1");
        assertThat(details.topic()).isEqualTo("Reviews");
        assertThat(details.memberCount()).isEqualTo(9);
        assertThat(details.lastActivity()).isEqualTo(Instant.parse(LM));
        assertThat(details.readOnly()).isTrue();
        assertThat(details.teamMain()).isTrue();
        assertThat(server.received()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/api/v1/groups.info");
            assertThat(request.headers()).containsEntry("x-auth-token", LoopbackServer.TOKEN);
        });
    }

    /** 1764000000000 ms is 2025-11-24T16:00:00Z, 1763000000000 ms is 2025-11-13T02:13:20Z. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lm first | \"lm\":\"" + LM + "\",\"lastMessage\":{\"ts\":{\"$date\":1764000000000}},"
                    + "\"_updatedAt\":1763000000000 | " + LM,
            "no lm: the last message's own time, an EJSON date | \"lastMessage\":{\"ts\":{\"$date\":1764000000000}},"
                    + "\"_updatedAt\":1763000000000 | 2025-11-24T16:00:00Z",
            "no message at all: the room's last change, in epoch ms | \"lastMessage\":null,\"_updatedAt\":1763000000000"
                    + " | 2025-11-13T02:13:20Z",
            "a last message without a time: the room's last change | \"lastMessage\":{},\"_updatedAt\":1763000000000"
                    + " | 2025-11-13T02:13:20Z",
    })
    void theLastActivityIsTheNewestDateTheRoomHas(String name, String dates, String expected) throws Exception {
        info("{\"_id\":\"r1\",\"name\":\"design\"," + dates + "}");

        assertThat(client.readRoomDetails(session, "r1").lastActivity()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no group | {\"success\":true}",
            "a group without a name | {\"group\":{\"_id\":\"r1\"},\"success\":true}",
            "a group without an id | {\"group\":{\"name\":\"design\"},\"success\":true}",
    })
    void anAnswerWithoutTheRoomIsMalformed(String name, String body) {
        server.answerJson("/api/v1/groups.info", 200, body);

        assertThatThrownBy(() -> client.readRoomDetails(session, "r1"))
                .isInstanceOfSatisfying(MalformedResponseException.class, failure -> assertThat(failure.kind())
                        .isEqualTo(MalformedResponseException.Kind.UNEXPECTED_SHAPE));
    }

    private void info(String room) {
        server.answerJson("/api/v1/groups.info", 200, "{\"group\":" + room + ",\"success\":true}");
    }
}
