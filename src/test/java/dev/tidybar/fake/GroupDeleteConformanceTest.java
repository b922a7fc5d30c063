package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.fake.FakeHttp.Auth;
import org.junit.jupiter.api.Test;

/** The /groups.delete cases of upstream groups.ts (@ 78da2ffb), with the team its before hook sets up. */
class GroupDeleteConformanceTest extends UpstreamAdminFixture {

    @Test
    void g10_deletedGroupsAreGoneAndTeamGroupsNeedTeamRights() {
        String testGroup = group("{\"name\":\"group.test.1\"}", admin);
        Auth invited = user("invited.user");
        Auth moderator = user("moderator.user");
        Answer team = http.post("/api/v1/teams.create", "{\"name\":\"team-1\",\"type\":1,"
                + "\"members\":[\"invited.user\",\"moderator.user\"]}", admin);
        String teamId = team.json().at("/team/_id").asText();
        String teamMainRoomId = team.json().at("/team/roomId").asText();
        permission("delete-team-group", "\"owner\",\"moderator\"");
        permission("create-team-group", "\"admin\",\"owner\",\"moderator\",\"user\"");
        group("{\"name\":\"group.test.2\",\"extraData\":{\"teamId\":\"" + teamId + "\"}}", invited);
        assertThat(http.post("/api/v1/groups.addModerator", "{\"userId\":\"" + moderator.userId() + "\",\"roomId\":\""
                + teamMainRoomId + "\"}", admin).body()).isEqualTo("{\"success\":true}");
        String moderatorsGroup = group("{\"name\":\"group.test.moderator.3\",\"extraData\":{\"teamId\":\"" + teamId
                + "\"}}", moderator);

        assertThat(http.post("/api/v1/groups.delete", "{\"roomName\":\"group.test.1\"}", admin).body())
                .isEqualTo("{\"success\":true}");
        assertThat(http.get("/api/v1/groups.info?roomId=" + testGroup, admin).json().get("errorType").asText())
                .isEqualTo("error-room-not-found");
        Answer notInTeamRole = http.post("/api/v1/groups.delete", "{\"roomName\":\"group.test.2\"}", invited);
        assertThat(notInTeamRole.status()).isEqualTo(400);
        assertThat(notInTeamRole.json().get("errorType").asText()).isEqualTo("error-not-allowed");
        assertThat(http.post("/api/v1/groups.delete", "{\"roomName\":\"group.test.2\"}", moderator).json()
                .get("errorType").asText()).isEqualTo("error-room-not-found");
        assertThat(http.post("/api/v1/groups.delete", "{\"roomId\":\"" + moderatorsGroup + "\"}", moderator).body())
                .isEqualTo("{\"success\":true}");
    }

    @Test
    void addModeratorChecksRightsAndMembership() {
        String room = group("{\"name\":\"mods\"}", admin);
        Auth member = user("member.user");
        String body = "{\"roomId\":\"" + room + "\",\"username\":\"member.user\"}";

        assertThat(http.post("/api/v1/groups.addModerator", body, admin).json().get("errorType").asText())
                .isEqualTo("error-user-not-in-room");
        assertThat(http.post("/api/v1/groups.addModerator", "{\"roomId\":\"" + room + "\",\"username\":\""
                + DemoSeed.UPSTREAM_ADMIN + "\"}", admin).body()).isEqualTo("{\"success\":true}");
        assertThat(http.post("/api/v1/groups.addModerator", "{\"roomId\":\"" + room + "\",\"username\":\""
                + DemoSeed.UPSTREAM_ADMIN + "\"}", admin).json().get("errorType").asText())
                .isEqualTo("error-user-already-moderator");
        assertThat(http.get("/api/v1/subscriptions.getOne?roomId=" + room, admin).json().at("/subscription/roles")
                .toString()).isEqualTo("[\"owner\",\"moderator\"]");
        assertThat(http.post("/api/v1/groups.addModerator", body, member).json().get("errorType").asText())
                .isEqualTo("error-room-not-found");
    }

    private String group(String body, Auth creator) {
        Answer created = http.post("/api/v1/groups.create", body, creator);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().at("/group/_id").asText();
    }

    private Auth user(String username) {
        http.post("/api/v1/users.create", "{\"email\":\"" + username + "@rocket.chat\",\"name\":\"" + username
                + "\",\"username\":\"" + username + "\",\"password\":\"rocket.chat\"}", admin);
        return http.login(username, "rocket.chat");
    }

    private void permission(String id, String roles) {
        assertThat(http.post("/api/v1/permissions.update", "{\"permissions\":[{\"_id\":\"" + id + "\",\"roles\":["
                + roles + "]}]}", admin).status()).isEqualTo(200);
    }
}
