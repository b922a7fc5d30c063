package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.fake.FakeHttp.Auth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** subscriptions.get, getOne and read, and chat.sendMessage: rows S1-S11 of §9. */
class SubscriptionRoutesConformanceTest extends DemoWorkspaceTest {

    @Test
    void s1_listsEverySubscriptionWithTheContractFields() {
        Answer answer = http.get("/api/v1/subscriptions.get", alex);

        assertThat(answer.keys()).containsExactly("update", "remove", "success");
        assertThat(answer.json().get("remove")).isEmpty();
        JsonNode design = subscriptionTo(answer, designTeam);
        assertThat(design.get("open").asBoolean()).isTrue();
        assertThat(design.get("alert").asBoolean()).isTrue();
        assertThat(design.get("unread").asInt()).isEqualTo(7);
        assertThat(design.get("userMentions").asInt()).isEqualTo(2);
        assertThat(design.get("t").asText()).isEqualTo("p");
        assertThat(design.get("u").get("username").asText()).isEqualTo("alex");
        assertThat(design.get("_updatedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        String oldProject = workspace.roomIdByName("old-project-x").orElseThrow();
        assertThat(subscriptionTo(answer, oldProject).get("open").asBoolean()).isFalse();
    }

    @Test
    void s2_nothingChangedSinceNow() {
        clock.advance(Duration.ofSeconds(1));

        Answer answer = http.get("/api/v1/subscriptions.get?updatedSince=" + clock.instant(), alex);

        assertThat(answer.body()).isEqualTo("{\"update\":[],\"remove\":[],\"success\":true}");
    }

    @Test
    void updatedSinceReturnsClosedAndDeletedGroups() {
        Instant before = clock.instant();
        clock.advance(Duration.ofSeconds(1));
        http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", alex);
        String oldProject = workspace.roomIdByName("old-project-x").orElseThrow();
        String deletedSubscription = subscriptionTo(http.get("/api/v1/subscriptions.get", alex), oldProject)
                .get("_id").asText();
        workspace.deleteGroup(oldProject);

        Answer delta = http.get("/api/v1/subscriptions.get?updatedSince=" + before, alex);

        assertThat(delta.json().get("update")).hasSize(1);
        assertThat(delta.json().at("/update/0/rid").asText()).isEqualTo(designTeam);
        assertThat(delta.json().at("/update/0/open").asBoolean()).isFalse();
        assertThat(delta.json().get("remove").toString()).isEqualTo("[{\"_id\":\"" + deletedSubscription
                + "\",\"_deletedAt\":\"2026-03-01T10:00:01.000Z\"}]");
    }

    @Test
    void s3_getOneNeedsARoomId() {
        Answer answer = http.get("/api/v1/subscriptions.getOne", alex);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("{\"success\":false,\"error\":\"must have required property 'roomId' "
                + "[invalid-params]\",\"errorType\":\"invalid-params\"}");
    }

    @Test
    void s4_getOneNeedsALogin() {
        Answer answer = http.get("/api/v1/subscriptions.getOne?roomId=" + designTeam, null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("status").asText()).isEqualTo("error");
        assertThat(answer.json().get("message").asText()).isEqualTo("You must be logged in to do this.");
    }

    @Test
    void s5_getOneReturnsTheSubscriptionOrNull() {
        Answer answer = http.get("/api/v1/subscriptions.getOne?roomId=" + designTeam, alex);
        assertThat(answer.keys()).containsExactly("subscription", "success");
        assertThat(answer.json().at("/subscription/rid").asText()).isEqualTo(designTeam);

        assertThat(http.get("/api/v1/subscriptions.getOne?roomId=nope", alex).body())
                .isEqualTo("{\"subscription\":null,\"success\":true}");
    }

    @Test
    void s6_s7_sendingOrReadingClearsTheSendersAlert() {
        Answer sent = http.post("/api/v1/chat.sendMessage", "{\"message\":{\"rid\":\"" + designTeam
                + "\",\"msg\":\"hello @jordan\"}}", alex);
        assertThat(sent.json().at("/message/msg").asText()).isEqualTo("hello @jordan");
        JsonNode mine = http.get("/api/v1/subscriptions.getOne?roomId=" + designTeam, alex).json();
        assertThat(mine.at("/subscription/alert").asBoolean()).isFalse();
        assertThat(mine.at("/subscription/unread").asInt()).isZero();

        Auth jordan = http.login(DemoSeed.JORDAN);
        JsonNode theirs = http.get("/api/v1/subscriptions.getOne?roomId=" + designTeam, jordan).json();
        assertThat(theirs.at("/subscription/alert").asBoolean()).isTrue();
        assertThat(theirs.at("/subscription/userMentions").asInt()).isEqualTo(1);

        assertThat(http.post("/api/v1/subscriptions.read", "{\"rid\":\"" + designTeam + "\"}", jordan).body())
                .isEqualTo("{\"success\":true}");
        assertThat(http.get("/api/v1/subscriptions.getOne?roomId=" + designTeam, jordan).json()
                .at("/subscription/unread").asInt()).isZero();
    }

    @Test
    void s8_s9_s10_readValidatesItsBody() {
        Answer both = http.post("/api/v1/subscriptions.read", "{\"rid\":\"a\",\"roomId\":\"b\"}", alex);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errorType").asText()).isEqualTo("invalid-params");

        Answer empty = http.post("/api/v1/subscriptions.read", "{}", alex);
        assertThat(empty.json().get("errorType").asText()).isEqualTo("invalid-params");

        for (String rid : List.of("\"foobar123-somechannel\"", "12345")) {
            Answer unknown = http.post("/api/v1/subscriptions.read", "{\"rid\":" + rid + "}", alex);
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.body()).isEqualTo("{\"success\":false,\"error\":\"error-invalid-subscription\"}");
        }
    }

    @Test
    void s11_aBadDateOrAnUnknownParameterIsRefused() {
        Answer badDate = http.get("/api/v1/subscriptions.get?updatedSince=garbage", alex);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).isEqualTo("{\"success\":false,\"error\":\"The \\\"lastUpdate\\\" query parameter "
                + "must be a valid date. [error-roomId-param-invalid]\",\"errorType\":\"error-roomId-param-invalid\"}");

        Answer unknown = http.get("/api/v1/subscriptions.get?since=2020-01-01", alex);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("success").asBoolean()).isFalse();
    }

    @Test
    void aSentMessageKeepsTheSendersExtraFields() {
        JsonNode message = http.post("/api/v1/chat.sendMessage", "{\"message\":{\"text\":\"Encrypted Message\","
                + "\"t\":\"e2e\",\"e2e\":\"pending\",\"rid\":\"" + designTeam + "\"}}", alex).json().get("message");

        assertThat(message.get("text").asText()).isEqualTo("Encrypted Message");
        assertThat(message.get("t").asText()).isEqualTo("e2e");
        assertThat(message.get("e2e").asText()).isEqualTo("pending");
        assertThat(message.get("u").get("username").asText()).isEqualTo("alex");
        assertThat(http.get("/api/v1/groups.info?roomId=" + designTeam, alex).json().at("/group/lastMessage/_id")
                .asText()).isEqualTo(message.get("_id").asText());
    }

    @Test
    void readOnlyGroupsRefuseMessagesFromMembers() {
        String announcements = workspace.roomIdByName("announcements-internal").orElseThrow();

        Answer refused = http.post("/api/v1/chat.sendMessage", "{\"message\":{\"rid\":\"" + announcements
                + "\",\"msg\":\"hi\"}}", alex);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).isEqualTo("You can't send messages because the room is readonly.");
    }

    private static JsonNode subscriptionTo(Answer answer, String roomId) {
        List<JsonNode> matches = new ArrayList<>();
        answer.json().get("update").forEach(sub -> {
            if (sub.get("rid").asText().equals(roomId)) {
                matches.add(sub);
            }
        });
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }
}
