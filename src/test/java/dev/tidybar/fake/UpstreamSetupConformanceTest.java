package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What Rocket.Chat's own API tests do before their cases: log in as their admin (api-data.ts
 * getCredentials), and change permissions and settings (permissions.helper.ts updatePermission,
 * updateSetting). The fake must answer these as a real workspace does, and honour them.
 */
class UpstreamSetupConformanceTest extends UpstreamAdminFixture {

    private static final String FORBIDDEN = "{\"success\":false,\"error\":\"User does not have the permissions "
            + "required for this action [error-unauthorized]\"}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Override
    FakeWorkspaceConfig config() {
        return FakeWorkspaceConfig.demo().withClock(clock);
    }

    @Test
    void theUpstreamAdminLogsInWithEveryFormTheTestsUse() {
        assertThat(admin.userId()).isEqualTo(DemoSeed.UPSTREAM_ADMIN);
        String password = "\"password\":\"" + DemoSeed.UPSTREAM_ADMIN + "\"";
        for (String body : new String[] {
            "{\"user\":{\"username\":\"" + DemoSeed.UPSTREAM_ADMIN + "\"}," + password + "}",
            "{\"user\":{\"email\":\"" + DemoSeed.UPSTREAM_ADMIN_EMAIL + "\"}," + password + "}",
            "{\"user\":\"" + DemoSeed.UPSTREAM_ADMIN_EMAIL + "\"," + password + "}",
            "{\"username\":\"" + DemoSeed.UPSTREAM_ADMIN + "\"," + password + "}"}) {
            Answer login = http.post("/api/v1/login", body, null);
            assertThat(login.status()).as(body).isEqualTo(200);
            assertThat(login.json().at("/data/me/services/password/exists").asBoolean()).isTrue();
        }
        Answer me = http.get("/api/v1/me", admin);
        assertThat(me.json().get("name").asText()).isEqualTo("RocketChat Internal Admin Test");
        assertThat(me.json().get("roles").toString()).isEqualTo("[\"admin\"]");
    }

    @Test
    void g9_takingAPermissionAwayFromAdminsForbidsTheRoute() {
        assertThat(http.get("/api/v1/groups.listAll", admin).status()).isEqualTo(200);

        Answer update = http.post("/api/v1/permissions.update",
                "{\"permissions\":[{\"_id\":\"view-room-administration\",\"roles\":[]}]}", admin);

        assertThat(update.status()).isEqualTo(200);
        assertThat(update.json().get("success").asBoolean()).isTrue();
        assertThat(update.json().get("permissions").findValuesAsText("_id")).contains("view-room-administration");
        Answer refused = http.get("/api/v1/groups.listAll", admin);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo(FORBIDDEN);

        http.post("/api/v1/permissions.update",
                "{\"permissions\":[{\"_id\":\"view-room-administration\",\"roles\":[\"admin\"]}]}", admin);
        assertThat(http.get("/api/v1/groups.listAll", admin).status()).isEqualTo(200);
    }

    @Test
    void permissionUpdatesAreValidatedAndNeedAccessPermissions() {
        Answer badRole = http.post("/api/v1/permissions.update",
                "{\"permissions\":[{\"_id\":\"create-team\",\"roles\":[\"admin\",\"wizard\"]}]}", admin);
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body())
                .isEqualTo("{\"success\":false,\"error\":\"Invalid role\",\"errorType\":\"error-invalid-role\"}");

        Answer badBody = http.post("/api/v1/permissions.update", "{\"permissions\":[{\"_id\":\"create-team\"}]}",
                admin);
        assertThat(badBody.body()).isEqualTo("{\"success\":false,\"error\":\"Invalid body params\","
                + "\"errorType\":\"error-invalid-body-params\"}");

        Answer notAllowed = http.post("/api/v1/permissions.update",
                "{\"permissions\":[{\"_id\":\"create-team\",\"roles\":[\"user\"]}]}", FakeHttp.alexToken());
        assertThat(notAllowed.status()).isEqualTo(403);
        assertThat(notAllowed.body()).isEqualTo(FORBIDDEN);
    }

    @Test
    void roomRolesCountForRoomPermissions() {
        String created = http.post("/api/v1/groups.create", "{\"name\":\"owned-by-alex\"}", FakeHttp.alexToken())
                .json().at("/group/_id").asText();
        http.post("/api/v1/permissions.update", "{\"permissions\":[{\"_id\":\"delete-p\",\"roles\":[\"admin\"]}]}",
                admin);

        Answer refused = http.post("/api/v1/groups.delete", "{\"roomId\":\"" + created + "\"}", FakeHttp.alexToken());

        assertThat(refused.json().get("errorType").asText()).isEqualTo("error-not-allowed");
        http.post("/api/v1/permissions.update",
                "{\"permissions\":[{\"_id\":\"delete-p\",\"roles\":[\"admin\",\"owner\"]}]}", admin);
        assertThat(http.post("/api/v1/groups.delete", "{\"roomId\":\"" + created + "\"}", FakeHttp.alexToken())
                .body()).isEqualTo("{\"success\":true}");
    }

    @Test
    void settingsAreStoredAndReadBackByAdminsOnly() {
        Answer set = http.post("/api/v1/settings/UI_Use_Real_Name", "{\"value\":true}", admin);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.header("Content-Type")).isEqualTo("application/json");
        assertThat(set.body()).isEqualTo("{\"success\":true}");
        assertThat(http.get("/api/v1/settings/UI_Use_Real_Name", admin).body())
                .isEqualTo("{\"_id\":\"UI_Use_Real_Name\",\"value\":true,\"success\":true}");

        assertThat(http.post("/api/v1/settings/UI_Use_Real_Name", "{}", admin).body())
                .isEqualTo("{\"success\":false}");
        assertThat(http.get("/api/v1/settings/Never_Set_Here", admin).body()).isEqualTo("{\"success\":false}");
        Answer notAdmin = http.post("/api/v1/settings/UI_Use_Real_Name", "{\"value\":false}", FakeHttp.alexToken());
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(notAdmin.body()).isEqualTo(FORBIDDEN);
        assertThat(http.post("/api/v1/settings/a/b", "{\"value\":1}", admin).status()).isEqualTo(404);
    }

    @Test
    void l7_loginBlockingFollowsTheSettingsTheUpstreamTestSets() {
        setting("Block_Multiple_Failed_Logins_Attempts_Until_Block_by_User", "2");
        setting("Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes", "0.05");
        setting("Block_Multiple_Failed_Logins_By_Ip", "false");
        for (int i = 0; i < 2; i++) {
            assertThat(login("jordan", "wrong").json().get("message").asText()).isEqualTo("Unauthorized");
        }

        assertThat(login("jordan", DemoSeed.PASSWORD).json().get("error").asText())
                .isEqualTo("error-login-blocked-for-user");
        clock.advance(Duration.ofSeconds(3));
        assertThat(login("jordan", DemoSeed.PASSWORD).status()).isEqualTo(200);

        setting("Block_Multiple_Failed_Logins_Enabled", "false");
        for (int i = 0; i < 3; i++) {
            login("jordan", "wrong");
        }
        assertThat(login("jordan", DemoSeed.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void l8_ipBlockingFollowsTheSettingsTheUpstreamTestSets() {
        setting("Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip", "4");
        setting("Block_Multiple_Failed_Logins_Time_To_Unblock_By_Ip_In_Minutes", "0.13333333333333333");
        for (String user : new String[] {"jordan", "jordan", "priya", "priya"}) {
            login(user, "wrong");
        }

        assertThat(login("newbie", DemoSeed.PASSWORD).json().get("error").asText())
                .isEqualTo("error-login-blocked-for-ip");
        clock.advance(Duration.ofSeconds(8));
        assertThat(login("newbie", DemoSeed.PASSWORD).status()).isEqualTo(200);
    }

    private void setting(String id, String jsonValue) {
        http.setSetting(id, jsonValue, admin);
    }

    private Answer login(String user, String password) {
        return http.post("/api/v1/login", "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}", null);
    }
}
