package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.fake.FakeHttp.Auth;
import org.junit.jupiter.api.Test;

/** groups.create, groups.info and chat.sendMessage as upstream groups.ts (@ 78da2ffb) drives them as admin. */
class GroupCreateConformanceTest extends UpstreamAdminFixture {

    @Test
    void g1_aNewGroupHasTheUpstreamBasicStructure() {
        Answer created = create("{\"name\":\"channel.cf.1700000000000\",\"customFields\":{\"field0\":\"value0\"}}");

        assertThat(created.header("Content-Type")).isEqualTo("application/json");
        JsonNode group = created.json().get("group");
        assertThat(group.get("name").asText()).isEqualTo("channel.cf.1700000000000");
        assertThat(group.get("t").asText()).isEqualTo("p");
        assertThat(group.get("msgs").asInt()).isZero();
        assertThat(group.at("/u/_id").asText()).isEqualTo(DemoSeed.UPSTREAM_ADMIN);
        JsonNode info = http.get("/api/v1/groups.info?roomId=" + group.get("_id").asText(), admin).json();
        assertThat(info.at("/group/customFields/field0").asText()).isEqualTo("value0");
        assertThat(info.at("/group/msgs").asInt()).isZero();
        assertThat(create("{\"name\":\"plain-group\"}").json().at("/group").has("customFields")).isFalse();
    }

    @Test
    void g10_aDeletedGroupIsNotFoundByName() {
        String id = create("{\"name\":\"group.test.1700000000000\"}").json().at("/group/_id").asText();

        assertThat(http.post("/api/v1/groups.delete", "{\"roomName\":\"group.test.1700000000000\"}", admin).body())
                .isEqualTo("{\"success\":true}");

        Answer info = http.get("/api/v1/groups.info?roomId=" + id, admin);
        assertThat(info.status()).isEqualTo(400);
        assertThat(info.json().get("errorType").asText()).isEqualTo("error-room-not-found");
    }

    @Test
    void anEncryptedGroupRefusesPlainMessagesUntilTheSettingAllowsThem() {
        setting("E2E_Enable", "true");
        setting("E2E_Allow_Unencrypted_Messages", "false");
        Answer created = create("{\"name\":\"encrypted-group\",\"extraData\":{\"encrypted\":true}}");
        assertThat(created.json().at("/group/encrypted").asBoolean()).isTrue();
        String rid = created.json().at("/group/_id").asText();

        Answer encrypted = send("{\"text\":\"Encrypted Message\",\"t\":\"e2e\",\"e2e\":\"pending\",\"rid\":\"" + rid
                + "\"}");
        assertThat(encrypted.json().at("/message/text").asText()).isEqualTo("Encrypted Message");
        assertThat(encrypted.json().at("/message/t").asText()).isEqualTo("e2e");
        assertThat(encrypted.json().at("/message/e2e").asText()).isEqualTo("pending");

        Answer plain = send("{\"text\":\"Unencrypted Message\",\"rid\":\"" + rid + "\"}");
        assertThat(plain.status()).isEqualTo(400);
        assertThat(plain.body()).isEqualTo("{\"success\":false,\"error\":\"Not allowed to send un-encrypted messages "
                + "in an encrypted room [error-not-allowed]\",\"errorType\":\"error-not-allowed\","
                + "\"details\":{\"method\":\"sendMessage\"}}");

        setting("E2E_Allow_Unencrypted_Messages", "true");
        assertThat(send("{\"text\":\"Unencrypted Message\",\"rid\":\"" + rid + "\"}").json().at("/message/text")
                .asText()).isEqualTo("Unencrypted Message");
    }

    @Test
    void newPrivateGroupsAreEncryptedWhenTheSettingsSaySo() {
        assertThat(create("{\"name\":\"before-the-setting\"}").json().at("/group/encrypted").isMissingNode()).isTrue();
        setting("E2E_Enable", "true");
        setting("E2E_Enabled_Default_PrivateRooms", "true");

        JsonNode group = create("{\"name\":\"default-encrypted\"}").json().get("group");

        assertThat(group.get("encrypted").asBoolean()).isTrue();
        assertThat(group.get("msgs").asInt()).isZero();
    }

    @Test
    void creationIsRefusedWithATeamOrAPermissionMissingAs400() {
        Auth demoAdmin = http.login(DemoSeed.ADMIN);
        String teamId = http.get("/api/v1/groups.info?roomName=platform-team", demoAdmin).json()
                .at("/group/teamId").asText();
        Auth newbie = http.login(DemoSeed.NEWBIE);

        assertThat(http.post("/api/v1/groups.create", "{\"name\":\"team-group-1\",\"extraData\":{\"teamId\":\""
                + teamId + "\"}}", demoAdmin).json().at("/group/teamId").asText()).isEqualTo(teamId);
        Answer notInTeam = http.post("/api/v1/groups.create", "{\"name\":\"team-group-2\",\"extraData\":"
                + "{\"teamId\":\"" + teamId + "\"}}", newbie);
        assertThat(notInTeam.status()).isEqualTo(400);
        assertThat(notInTeam.body()).isEqualTo("{\"success\":false,\"error\":\"Not allowed [error-not-allowed]\","
                + "\"errorType\":\"error-not-allowed\",\"details\":{\"method\":\"createPrivateGroup\"}}");
        assertThat(http.post("/api/v1/groups.create", "{\"name\":\"team-group-3\",\"extraData\":"
                + "{\"teamId\":\"no-such-team\"}}", admin).json().get("errorType").asText())
                .isEqualTo("error-team-not-found");

        http.post("/api/v1/permissions.update", "{\"permissions\":[{\"_id\":\"create-p\",\"roles\":[\"admin\"]}]}",
                admin);
        Answer noCreateP = http.post("/api/v1/groups.create", "{\"name\":\"plain-4\"}", newbie);
        assertThat(noCreateP.status()).isEqualTo(400);
        assertThat(noCreateP.json().get("errorType").asText()).isEqualTo("error-not-allowed");
    }

    @Test
    void aTeamsGroupNeedsCreateTeamGroupInTheTeam() {
        http.post("/api/v1/users.create", "{\"email\":\"inv@rocket.chat\",\"name\":\"inv\",\"username\":\"inv\","
                + "\"password\":\"rocket.chat\"}", admin);
        Auth invited = http.login("inv", "rocket.chat");
        Answer team = http.post("/api/v1/teams.create", "{\"name\":\"team-1700000000000\",\"type\":0,"
                + "\"members\":[\"inv\"]}", admin);
        assertThat(team.status()).isEqualTo(200);
        String teamId = team.json().at("/team/_id").asText();
        assertThat(team.json().at("/team/roomId").asText()).isNotEmpty();
        http.post("/api/v1/permissions.update", "{\"permissions\":[{\"_id\":\"create-team-group\","
                + "\"roles\":[\"owner\"]}]}", admin);

        assertThat(create("{\"name\":\"team-group-a\",\"extraData\":{\"teamId\":\"" + teamId + "\"}}").json()
                .at("/group/teamId").asText()).isEqualTo(teamId);
        Answer member = http.post("/api/v1/groups.create", "{\"name\":\"team-group-b\",\"extraData\":"
                + "{\"teamId\":\"" + teamId + "\"}}", invited);
        assertThat(member.status()).isEqualTo(400);
        assertThat(member.json().get("errorType").asText()).isEqualTo("error-not-allowed");
    }

    private Answer create(String body) {
        Answer answer = http.post("/api/v1/groups.create", body, admin);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private Answer send(String message) {
        return http.post("/api/v1/chat.sendMessage", "{\"message\":" + message + "}", admin);
    }

    private void setting(String id, String jsonValue) {
        http.setSetting(id, jsonValue, admin);
    }
}
