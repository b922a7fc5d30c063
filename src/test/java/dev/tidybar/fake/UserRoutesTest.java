package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.fake.FakeHttp.Auth;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** users.create, users.logout and users.delete, the setup routes of Rocket.Chat's own API tests. */
class UserRoutesTest {

    private static final String CASEY = "{\"email\":\"casey@tidybar.example\",\"name\":\"Casey\",\"password\":\"pw-1\","
            + "\"username\":\"casey\"}";

    private FakeWorkspace workspace;
    private FakeHttp http;
    private Auth admin;

    @BeforeEach
    void start() throws IOException {
        workspace = FullFake.start(FakeWorkspaceConfig.demo());
        http = new FakeHttp(workspace);
        admin = http.login(DemoSeed.ADMIN);
    }

    @AfterEach
    void stop() {
        workspace.close();
    }

    @Test
    void anAdminCreatesAFreshUserWhoCanLogInAndHasNoGroups() {
        Answer created = http.post("/api/v1/users.create", CASEY, admin);

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().at("/user/username").asText()).isEqualTo("casey");
        assertThat(created.json().at("/user/emails/0/address").asText()).isEqualTo("casey@tidybar.example");
        Answer login = http.post("/api/v1/login", "{\"user\":\"casey\",\"password\":\"pw-1\"}", null);
        assertThat(login.json().at("/data/userId").asText()).isEqualTo(created.json().at("/user/_id").asText());
        Auth casey = new Auth(login.json().at("/data/userId").asText(), login.json().at("/data/authToken").asText());
        assertThat(http.get("/api/v1/groups.list", casey).body())
                .isEqualTo("{\"groups\":[],\"offset\":0,\"count\":0,\"total\":0,\"success\":true}");
    }

    @Test
    void creationIsValidatedAndReservedToAdmins() {
        assertThat(http.post("/api/v1/users.create", "{\"name\":\"x\"}", admin).json().get("error").asText())
                .isEqualTo("must have required property 'email' [invalid-params]");
        assertThat(http.post("/api/v1/users.create", CASEY, FakeHttp.alexToken()).json().get("errorType").asText())
                .isEqualTo("error-action-not-allowed");
        http.post("/api/v1/users.create", CASEY, admin);
        assertThat(http.post("/api/v1/users.create", CASEY, admin).json().get("error").asText())
                .isEqualTo("casey is already in use :( [error-field-unavailable]");
    }

    @Test
    void logoutEndsEverySessionOfAUser() {
        Auth alexSession = http.login(DemoSeed.ALEX);

        Answer out = http.post("/api/v1/users.logout", "{\"userId\":\"" + DemoSeed.ALEX_USER_ID + "\"}", admin);

        assertThat(out.body()).isEqualTo("{\"message\":\"User " + DemoSeed.ALEX_USER_ID
                + " has been logged out!\",\"success\":true}");
        assertThat(http.get("/api/v1/me", alexSession).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", FakeHttp.alexToken()).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/users.logout", "{\"userId\":\"" + admin.userId() + "\"}",
                http.login(DemoSeed.NEWBIE)).status()).isEqualTo(403);
    }

    @Test
    void a1_presenceNeedsALogin() {
        Answer anonymous = http.get("/api/v1/users.presence", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("message").asText()).isEqualTo("You must be logged in to do this.");

        assertThat(http.get("/api/v1/users.presence", admin).json().get("users")).hasSizeGreaterThan(5);
    }

    @Test
    void deletingAUserEndsTheirLogin() {
        String id = http.post("/api/v1/users.create", CASEY, admin).json().at("/user/_id").asText();

        assertThat(http.post("/api/v1/users.delete", "{\"userId\":\"" + id + "\"}", admin).body())
                .isEqualTo("{\"success\":true}");

        assertThat(http.post("/api/v1/login", "{\"user\":\"casey\",\"password\":\"pw-1\"}", null).status())
                .isEqualTo(401);
        assertThat(http.post("/api/v1/users.delete", "{\"userId\":\"" + id + "\"}", admin).json().get("errorType")
                .asText()).isEqualTo("error-invalid-user");
        Answer refused = http.post("/api/v1/users.delete", "{\"username\":\"jordan\"}", FakeHttp.alexToken());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("{\"success\":false,\"error\":\"User does not have the permissions "
                + "required for this action [error-unauthorized]\"}");
    }

    @Test
    void presenceListsTheUsersOnlineWithUpstreamKeys() {
        http.post("/api/v1/users.create", CASEY, admin);

        Answer full = http.get("/api/v1/users.presence", admin);

        assertThat(full.json().get("full").asBoolean()).isTrue();
        JsonNode cat = null;
        for (JsonNode user : full.json().get("users")) {
            assertThat(user.get("username").asText()).as("created users stay offline").isNotEqualTo("casey");
            if (user.get("username").asText().equals(DemoSeed.ROCKET_CAT)) {
                cat = user;
            }
        }
        assertThat(cat).isNotNull();
        List<String> keys = new ArrayList<>();
        cat.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("_id", "avatarETag", "username", "name", "status", "utcOffset");
        assertThat(http.get("/api/v1/users.presence?from=" + Instant.now(), admin).body())
                .isEqualTo("{\"users\":[],\"full\":false,\"success\":true}");
        assertThat(http.get("/api/v1/users.presence?from=" + Instant.now().minus(Duration.ofMinutes(11)), admin)
                .json().get("full").asBoolean()).isTrue();
    }

    @Test
    void aUserCreatedInactiveCannotLogIn() {
        Answer created = http.post("/api/v1/users.create", "{\"email\":\"off@rocket.chat\",\"name\":\"off\","
                + "\"username\":\"off\",\"password\":\"pw\",\"active\":false,\"customFields\":{\"team\":\"x\"}}",
                admin);
        assertThat(created.json().at("/user/active").asBoolean()).isFalse();
        assertThat(created.json().at("/user/customFields/team").asText()).isEqualTo("x");

        Answer login = http.post("/api/v1/login", "{\"user\":\"off\",\"password\":\"pw\"}", null);

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.body()).isEqualTo("{\"success\":false,\"error\":\"error-user-is-not-activated\","
                + "\"status\":\"error\",\"details\":{\"function\":\"Accounts.validateLoginAttempt\"},"
                + "\"message\":\"User is not activated\"}");
    }

    @Test
    void createdUsersAreUnverifiedUnlessToldOtherwise() {
        Answer plain = http.post("/api/v1/users.create", "{\"email\":\"u1@rocket.chat\",\"name\":\"u1\",\"username\":"
                + "\"u1\",\"password\":\"rocket.chat\"}", admin);
        Answer verified = http.post("/api/v1/users.create", "{\"email\":\"u2@rocket.chat\",\"name\":\"u2\",\"username\":"
                + "\"u2\",\"password\":\"rocket.chat\",\"verified\":true,\"active\":true,\"roles\":[\"user\"],"
                + "\"joinDefaultChannels\":true}", admin);

        assertThat(plain.json().at("/user/emails/0/verified").asBoolean()).isFalse();
        assertThat(verified.json().at("/user/emails/0/verified").asBoolean()).isTrue();
        assertThat(verified.json().at("/user/active").asBoolean()).isTrue();
        assertThat(verified.json().get("user").has("customFields")).isFalse();
        assertThat(plain.json().get("user").has("requirePasswordChange")).isFalse();
        assertThat(plain.json().at("/user/settings").toString()).isEqualTo("{}");
    }
}
