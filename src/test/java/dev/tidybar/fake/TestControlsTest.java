package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.fake.FakeHttp.Auth;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test controls, through their Java methods and their /_fake/ routes. */
class TestControlsTest extends DemoWorkspaceTest {

    @Test
    void aPostReopensTheGroupForOthersAndMarksItReadForTheSender() {
        http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", alex);
        assertThat(workspace.isOpenFor(DemoSeed.ALEX, designTeam)).contains(false);

        Answer posted = http.post("/_fake/messages", "{\"sender\":\"jordan\",\"roomId\":\"" + designTeam
                + "\",\"msg\":\"ping @alex\"}", null);

        assertThat(posted.json().at("/message/u/username").asText()).isEqualTo("jordan");
        JsonNode sub = http.get("/api/v1/subscriptions.getOne?roomId=" + designTeam, alex).json().get("subscription");
        assertThat(sub.get("open").asBoolean()).isTrue();
        assertThat(sub.get("unread").asInt()).isEqualTo(8);
        assertThat(sub.get("userMentions").asInt()).isEqualTo(3);
        assertThat(workspace.isOpenFor(DemoSeed.JORDAN, designTeam)).contains(true);
        assertThat(http.post("/_fake/messages", "{\"sender\":\"newbie\",\"roomId\":\"" + designTeam + "\"}", null)
                .status()).isEqualTo(400);
        assertThatThrownBy(() -> workspace.postMessage("nobody", designTeam))
                .isInstanceOf(IllegalArgumentException.class);

        workspace.postMessage(DemoSeed.PRIYA, designTeam, "@alex and @all, see above");
        JsonNode mentioned = http.get("/api/v1/subscriptions.getOne?roomId=" + designTeam, alex).json()
                .get("subscription");
        assertThat(mentioned.get("userMentions").asInt()).isEqualTo(4);
        assertThat(mentioned.get("groupMentions").asInt()).isEqualTo(1);
    }

    @Test
    void revokingTokensEndsEverySession() {
        Auth session = http.login(DemoSeed.ALEX);

        workspace.revokeAllTokens();

        assertThat(http.get("/api/v1/me", session).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", alex).status()).isEqualTo(401);
        Auth again = http.login(DemoSeed.ALEX);
        assertThat(http.post("/_fake/tokens/revoke", "{}", null).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/me", again).status()).isEqualTo(401);
    }

    @Test
    void deletingAGroupRemovesItForEveryone() {
        assertThat(http.post("/_fake/groups/delete", "{\"roomId\":\"" + designTeam + "\"}", null).status())
                .isEqualTo(200);

        assertThat(workspace.roomIdByName("design-team")).isEmpty();
        assertThat(workspace.isOpenFor(DemoSeed.ALEX, designTeam)).isEmpty();
        assertThat(http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", alex).status())
                .isEqualTo(400);
        assertThatThrownBy(() -> workspace.deleteGroup(designTeam)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void faultsReplaceTheNextAnswersOnlyOfTheirRoute() {
        workspace.injectFault("groups.list", Fault.serverError(), 2);
        workspace.injectFault("me", Fault.htmlBadGateway(), 1);
        workspace.injectFault("subscriptions.get", Fault.malformedJson(), 1);

        Answer first = http.get("/api/v1/groups.list", alex);
        assertThat(first.status()).isEqualTo(500);
        assertThat(first.body()).isEqualTo("{\"success\":false,\"error\":\"Internal server error\"}");
        assertThat(http.get("/api/v1/groups.list", alex).status()).isEqualTo(500);
        assertThat(http.get("/api/v1/groups.list", alex).status()).isEqualTo(200);

        Answer gateway = http.get("/api/v1/me", alex);
        assertThat(gateway.status()).isEqualTo(502);
        assertThat(gateway.header("Content-Type")).isEqualTo("text/html");
        assertThat(gateway.body()).contains("<title>502 Bad Gateway</title>");

        Answer malformed = http.get("/api/v1/subscriptions.get", alex);
        assertThat(malformed.status()).isEqualTo(200);
        assertThatThrownBy(malformed::json).isInstanceOf(UncheckedIOException.class);
        assertThat(http.get("/api/v1/subscriptions.get", alex).json().get("success").asBoolean()).isTrue();
    }

    @Test
    void aConnectionResetGivesNoAnswerAtAll() {
        assertThat(http.post("/_fake/faults", "{\"endpoint\":\"groups.close\",\"kind\":\"connection-reset\"}", null)
                .status()).isEqualTo(200);

        assertThatThrownBy(() -> http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", alex))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(workspace.isOpenFor(DemoSeed.ALEX, designTeam)).as("nothing was done").contains(true);
        assertThat(http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", alex).status())
                .isEqualTo(200);
    }

    @Test
    void anInjected429CarriesTheResetTime() {
        workspace.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(30)), 1);

        Answer refused = http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", alex);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("X-RateLimit-Reset"))
                .isEqualTo(Long.toString(clock.instant().plusSeconds(30).toEpochMilli()));
        assertThat(refused.json().get("error").asText()).contains("You must wait 30 seconds");
    }

    @Test
    void anInjected403IsThePermissionRefusalAndChangesNothing() {
        assertThat(http.post("/_fake/faults", "{\"endpoint\":\"groups.close\",\"kind\":\"forbidden\"}", null)
                .status()).isEqualTo(200);

        Answer refused = http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", alex);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("{\"success\":false,\"error\":"
                + "\"User does not have the permissions required for this action [error-unauthorized]\"}");
        assertThat(workspace.isOpenFor(DemoSeed.ALEX, designTeam)).contains(true);
    }

    @Test
    void delaysAndLatencyHoldTheAnswerBack() throws InterruptedException {
        workspace.injectFault("me", Fault.delay(Duration.ofSeconds(5)), 1);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest me = http.request("/api/v1/me", alex).timeout(Duration.ofMillis(200)).build();
        assertThatThrownBy(() -> client.send(me, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        workspace.setLatency(Duration.ofSeconds(5));
        HttpRequest list = http.request("/api/v1/groups.list", alex).timeout(Duration.ofMillis(200)).build();
        assertThatThrownBy(() -> client.send(list, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        assertThat(http.post("/_fake/latency", "{\"millis\":0}", null).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/me", alex).status()).isEqualTo(200);
    }

    @Test
    void receivedRequestsAreReportedAndCleared() {
        http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", alex);
        http.get("/api/v1/groups.list?count=100&offset=0", alex);

        assertThat(workspace.receivedRequests()).hasSize(2);
        ReceivedRequest close = workspace.receivedRequests().get(0);
        assertThat(close.method()).isEqualTo("POST");
        assertThat(close.endpoint()).isEqualTo("groups.close");
        assertThat(close.bodyField("roomId")).contains(designTeam);
        assertThat(close.authToken()).isEqualTo(ReceivedRequest.REDACTED);
        assertThat(close.userId()).isEqualTo(DemoSeed.ALEX_USER_ID);
        assertThat(workspace.receivedRequests().get(1).query()).isEqualTo(Map.of("count", "100", "offset", "0"));

        JsonNode reported = http.get("/_fake/requests", null).json().get("requests");
        assertThat(reported).hasSize(2);
        assertThat(reported.get(1).get("endpoint").asText()).isEqualTo("groups.list");

        workspace.clearReceivedRequests();
        assertThat(workspace.receivedRequests()).isEmpty();
    }

    @Test
    void resetBringsBackTheSeedWithTheSameIds() {
        http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", alex);
        workspace.revokeAllTokens();
        workspace.injectFault("me", Fault.serverError(), 5);

        assertThat(http.post("/_fake/reset", "{}", null).status()).isEqualTo(200);

        assertThat(workspace.roomIdByName("design-team")).contains(designTeam);
        assertThat(workspace.isOpenFor(DemoSeed.ALEX, designTeam)).contains(true);
        assertThat(http.get("/api/v1/me", alex).status()).isEqualTo(200);
        assertThat(workspace.receivedRequests()).hasSize(1);
    }

    @Test
    void unknownControlsAndBadArgumentsAreRefused() {
        assertThat(http.get("/_fake/nothing", null).status()).isEqualTo(404);
        Answer badFault = http.post("/_fake/faults", "{\"endpoint\":\"me\",\"kind\":\"meteor-strike\"}", null);
        assertThat(badFault.status()).isEqualTo(400);
        assertThat(badFault.json().get("error").asText()).isEqualTo("Unknown fault kind: meteor-strike");
        assertThat(http.get("/_fake/room?name=design-team", null).json().get("roomId").asText()).isEqualTo(designTeam);
    }
}
