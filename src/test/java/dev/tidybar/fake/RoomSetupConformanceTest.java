package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.fake.FakeHttp.Auth;
import org.junit.jupiter.api.Test;

/**
 * The rooms upstream subscriptions.ts (@ 95480653) sets up before its cases, through rooms.helper's
 * createRoom: a channel (channels.create), a group and a direct room (im.create) with a fresh user.
 */
class RoomSetupConformanceTest extends UpstreamAdminFixture {

    @Test
    void s5_s6_aNewChannelIsSubscribedAndStaysReadAfterTheCallerPosts() {
        Answer created = http.post("/api/v1/channels.create", "{\"name\":\"channel.test.1700000000000\"}", admin);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().at("/channel/t").asText()).isEqualTo("c");
        assertThat(created.json().at("/channel/msgs").asInt()).isZero();
        String rid = created.json().at("/channel/_id").asText();

        assertThat(subscription(rid).get("alert").asBoolean()).isFalse();
        Answer sent = http.post("/api/v1/chat.sendMessage", "{\"message\":{\"rid\":\"" + rid
                + "\",\"msg\":\"Sample message\"}}", admin);
        assertThat(sent.json().at("/message/msg").asText()).isEqualTo("Sample message");
        assertThat(subscription(rid).get("alert").asBoolean()).isFalse();

        Answer anonymous = http.get("/api/v1/subscriptions.getOne?roomId=" + rid, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("status").asText()).isEqualTo("error");
        assertThat(http.post("/api/v1/channels.create", "{\"name\":\"channel.test.1700000000000\"}", admin).json()
                .get("errorType").asText()).isEqualTo("error-duplicate-channel-name");
    }

    @Test
    void s7_channelsGroupsAndDirectRoomsAreMarkedRead() {
        String username = http.post("/api/v1/users.create", "{\"email\":\"dm@rocket.chat\",\"name\":\"dm.user\","
                + "\"username\":\"dm.user\",\"password\":\"rocket.chat\"}", admin).json().at("/user/username").asText();
        String channel = http.post("/api/v1/channels.create", "{\"name\":\"channel.read\"}", admin).json()
                .at("/channel/_id").asText();
        String group = http.post("/api/v1/groups.create", "{\"name\":\"group.read\"}", admin).json()
                .at("/group/_id").asText();
        Answer direct = http.post("/api/v1/im.create", "{\"username\":\"" + username + "\"}", admin);
        assertThat(direct.status()).isEqualTo(200);
        assertThat(direct.json().at("/room/t").asText()).isEqualTo("d");
        String dm = direct.json().at("/room/_id").asText();
        assertThat(http.post("/api/v1/im.create", "{\"username\":\"" + username + "\"}", admin).json()
                .at("/room/_id").asText()).isEqualTo(dm);

        for (String rid : new String[] {channel, group, dm}) {
            assertThat(http.post("/api/v1/subscriptions.read", "{\"rid\":\"" + rid + "\"}", admin).body())
                    .isEqualTo("{\"success\":true}");
        }
        assertThat(http.post("/api/v1/subscriptions.read", "{\"rid\":\"" + dm + "\",\"roomId\":\"" + channel + "\"}",
                admin).json().get("errorType").asText()).isEqualTo("invalid-params");
        assertThat(http.post("/api/v1/im.create", "{\"username\":\"nobody.here\"}", admin).json().get("errorType")
                .asText()).isEqualTo("error-invalid-user");
    }

    @Test
    void channelsAreDeletedByIdOrName() {
        String rid = http.post("/api/v1/channels.create", "{\"name\":\"channel.gone\"}", admin).json()
                .at("/channel/_id").asText();

        assertThat(http.post("/api/v1/channels.delete", "{\"roomId\":\"" + rid + "\"}", admin).body())
                .isEqualTo("{\"success\":true}");

        assertThat(http.post("/api/v1/channels.delete", "{\"roomName\":\"channel.gone\"}", admin).json()
                .get("errorType").asText()).isEqualTo("error-room-not-found");
        assertThat(http.post("/api/v1/channels.delete", "{}", admin).json().get("errorType").asText())
                .isEqualTo("error-roomid-param-not-provided");
        assertThat(http.post("/api/v1/channels.delete", "{\"roomId\":\"GENERAL\"}", FakeHttp.alexToken()).json()
                .get("errorType").asText()).isEqualTo("error-not-allowed");
    }

    @Test
    void threadRepliesMentioningTheAdminStayUnreadUnlessReadWithThreads() {
        String channel = http.post("/api/v1/channels.create", "{\"name\":\"channel.threads\"}", admin).json()
                .at("/channel/_id").asText();
        http.post("/api/v1/users.create", "{\"email\":\"t@rocket.chat\",\"name\":\"testthread123\",\"username\":"
                + "\"testthread123\",\"password\":\"testthread123\"}", admin);
        Auth outsider = http.login("testthread123", "testthread123");
        Answer started = http.post("/api/v1/chat.sendMessage", "{\"message\":{\"rid\":\"" + channel
                + "\",\"msg\":\"Starting a Thread\"}}", outsider);
        assertThat(started.status()).as("anyone may post in a public channel").isEqualTo(200);
        String threadId = started.json().at("/message/_id").asText();
        String reply = "{\"message\":{\"rid\":\"" + channel + "\",\"msg\":\"@" + DemoSeed.UPSTREAM_ADMIN
                + " making admin follow this thread\",\"tmid\":\"" + threadId + "\"}}";

        http.post("/api/v1/chat.sendMessage", reply, outsider);
        http.post("/api/v1/subscriptions.read", "{\"rid\":\"" + channel + "\",\"readThreads\":true}", admin);
        assertThat(subscription(channel).has("tunread")).isFalse();

        http.post("/api/v1/chat.sendMessage", reply, outsider);
        http.post("/api/v1/subscriptions.read", "{\"rid\":\"" + channel + "\",\"readThreads\":false}", admin);
        assertThat(subscription(channel).get("tunread").toString()).isEqualTo("[\"" + threadId + "\"]");
    }

    private JsonNode subscription(String rid) {
        Answer one = http.get("/api/v1/subscriptions.getOne?roomId=" + rid, admin);
        assertThat(one.status()).isEqualTo(200);
        return one.json().get("subscription");
    }
}
