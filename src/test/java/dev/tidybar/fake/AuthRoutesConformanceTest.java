package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.fake.FakeHttp.Auth;
import dev.tidybar.testing.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login, 2FA, brute-force blocking, logout and /me: rows L1-L9, T1, O1, M1 and A2 of §9. */
class AuthRoutesConformanceTest {

    private static final String UNAUTHORIZED =
            "{\"success\":false,\"error\":\"Unauthorized\",\"status\":\"error\",\"message\":\"Unauthorized\"}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private FakeWorkspace workspace;
    private FakeHttp http;

    @BeforeEach
    void start() throws IOException {
        workspace = FakeWorkspace.start(FakeWorkspaceConfig.demo().withClock(clock));
        http = new FakeHttp(workspace);
    }

    @AfterEach
    void stop() {
        workspace.close();
    }

    private Answer login(String json) {
        return http.post("/api/v1/login", json, null);
    }

    private static String password(String username, String password) {
        return "{\"user\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    void l1_to_l4_everyBodyFormLogsIn() {
        List<String> bodies = List.of(
                "{\"user\":{\"username\":\"alex\"},\"password\":\"tidybar-demo\"}",
                "{\"user\":{\"email\":\"alex@tidybar.example\"},\"password\":\"tidybar-demo\"}",
                "{\"user\":\"alex@tidybar.example\",\"password\":\"tidybar-demo\"}",
                "{\"user\":\"alex\",\"password\":\"tidybar-demo\"}",
                "{\"username\":\"alex\",\"password\":\"tidybar-demo\"}",
                "{\"email\":\"alex@tidybar.example\",\"password\":\"tidybar-demo\"}");
        for (String body : bodies) {
            Answer answer = login(body);
            assertThat(answer.status()).as(body).isEqualTo(200);
            assertThat(answer.keys()).containsExactly("status", "data", "success");
            JsonNode data = answer.json().get("data");
            assertThat(data.get("userId").asText()).isEqualTo(DemoSeed.ALEX_USER_ID);
            assertThat(data.get("authToken").asText()).hasSize(43);
            assertThat(data.at("/me/services/password/exists").asBoolean()).isTrue();
            assertThat(data.at("/me/services/password").has("bcrypt")).isFalse();
        }
    }

    @Test
    void formEncodedAndDigestPasswordsLogIn() throws NoSuchAlgorithmException {
        Answer form = http.postTyped("/api/v1/login", "application/x-www-form-urlencoded",
                "user=alex&password=tidybar-demo", null);
        assertThat(form.status()).isEqualTo(200);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(DemoSeed.PASSWORD.getBytes(StandardCharsets.UTF_8)));
        Answer digest = login("{\"user\":{\"username\":\"alex\"},\"password\":{\"digest\":\"" + sha256
                + "\",\"algorithm\":\"sha-256\"}}");
        assertThat(digest.status()).isEqualTo(200);
    }

    @Test
    void l5_resumeWithATokenLogsIn() {
        Auth session = http.login(DemoSeed.ALEX);

        Answer resumed = login("{\"resume\":\"" + session.token() + "\"}");
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(login("{\"resume\":\"" + DemoSeed.ALEX_PERSONAL_TOKEN + "\"}").status()).isEqualTo(200);
        assertThat(login("{\"resume\":\"not-a-token\"}").body()).isEqualTo(UNAUTHORIZED);
    }

    @Test
    void l6_wrongPasswordAndUnknownUserAnswerTheSame() {
        Answer wrong = login(password("alex", "nope"));
        Answer unknown = login(password("nobody", "nope"));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(UNAUTHORIZED);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(UNAUTHORIZED);
        assertThat(login("{}").body()).isEqualTo(UNAUTHORIZED);
    }

    @Test
    void l7_l9_aUsernameIsBlockedAfterTenFailuresUntilTheWindowPasses() {
        for (int i = 0; i < LoginBlocking.defaults().userAttempts(); i++) {
            assertThat(login(password("alex", "wrong")).body()).isEqualTo(UNAUTHORIZED);
        }

        Answer blocked = login(password("alex", DemoSeed.PASSWORD));
        assertThat(blocked.status()).isEqualTo(401);
        assertThat(blocked.body()).isEqualTo("{\"success\":false,\"error\":\"error-login-blocked-for-user\","
                + "\"status\":\"error\",\"details\":{\"function\":\"Accounts.validateLoginAttempt\"},"
                + "\"message\":\"Login has been temporarily blocked For User\"}");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        Answer unblocked = login(password("alex", DemoSeed.PASSWORD));
        assertThat(unblocked.status()).isEqualTo(200);
        assertThat(unblocked.json().at("/data/authToken").asText()).isNotEmpty();
    }

    @Test
    void anEmailLoginIsNotCheckedPerUserAndItsSuccessUnblocksTheUsername() {
        for (int i = 0; i < LoginBlocking.defaults().userAttempts(); i++) {
            login(password("alex", "wrong"));
        }
        assertThat(login(password("alex", DemoSeed.PASSWORD)).json().get("error").asText())
                .isEqualTo("error-login-blocked-for-user");

        assertThat(login(password(DemoSeed.EMAIL, DemoSeed.PASSWORD)).status()).isEqualTo(200);
        assertThat(login(password("alex", DemoSeed.PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void l9_aSuccessfulLoginResetsTheCounter() {
        for (int i = 0; i < LoginBlocking.defaults().userAttempts() - 1; i++) {
            login(password("alex", "wrong"));
        }
        assertThat(login(password("alex", DemoSeed.PASSWORD)).status()).isEqualTo(200);
        for (int i = 0; i < LoginBlocking.defaults().userAttempts() - 1; i++) {
            login(password("alex", "wrong"));
        }

        assertThat(login(password("alex", DemoSeed.PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void l8_anIpIsBlockedAfterFiftyFailures() {
        for (int i = 0; i < LoginBlocking.defaults().ipAttempts(); i++) {
            login(password("user" + i, "wrong"));
        }

        Answer blocked = login(password("newbie", DemoSeed.PASSWORD));
        assertThat(blocked.status()).isEqualTo(401);
        assertThat(blocked.json().get("error").asText()).isEqualTo("error-login-blocked-for-ip");
        assertThat(blocked.json().get("message").asText()).isEqualTo("Login has been temporarily blocked For IP");
    }

    @Test
    void userAndIpBlockingHaveTheirOwnLimitsAndWindows() throws IOException {
        LoginBlocking upstreamTestSettings = new LoginBlocking(2, Duration.ofSeconds(3), 4, Duration.ofSeconds(8));
        try (FakeWorkspace strict = FakeWorkspace.start(FakeWorkspaceConfig.demo().withClock(clock)
                .withLoginBlocking(upstreamTestSettings))) {
            FakeHttp strictHttp = new FakeHttp(strict);
            for (int i = 0; i < 2; i++) {
                strictHttp.post("/api/v1/login", password("alex", "wrong"), null);
            }
            assertThat(strictHttp.post("/api/v1/login", password("alex", DemoSeed.PASSWORD), null).json()
                    .get("error").asText()).isEqualTo("error-login-blocked-for-user");
            clock.advance(Duration.ofSeconds(4));
            for (int i = 0; i < 2; i++) {
                strictHttp.post("/api/v1/login", password("alex", "wrong"), null);
            }

            assertThat(strictHttp.post("/api/v1/login", password("newbie", DemoSeed.PASSWORD), null).json()
                    .get("error").asText()).isEqualTo("error-login-blocked-for-ip");
        }
    }

    @Test
    void t1_totpIsRequiredThenAcceptedInTheBodyOrTheHeader() {
        Answer required = login(password("sam", DemoSeed.PASSWORD));
        assertThat(required.status()).isEqualTo(401);
        assertThat(required.body()).isEqualTo("{\"success\":false,\"error\":\"totp-required\",\"status\":\"error\","
                + "\"details\":{\"method\":\"totp\",\"codeGenerated\":false,\"availableMethods\":[\"totp\"]},"
                + "\"message\":\"TOTP Required\"}");

        Answer invalid = login("{\"user\":\"sam\",\"password\":\"tidybar-demo\",\"code\":\"000000\"}");
        assertThat(invalid.status()).isEqualTo(401);
        assertThat(invalid.json().get("error").asText()).isEqualTo("totp-invalid");
        assertThat(invalid.json().get("message").asText()).isEqualTo("TOTP Invalid");

        assertThat(login("{\"user\":\"sam\",\"password\":\"tidybar-demo\",\"code\":\"" + DemoSeed.TOTP_CODE + "\"}")
                .status()).isEqualTo(200);
        Answer viaHeader = http.send(http.request("/api/v1/login", null).header("Content-Type", "application/json")
                .header("x-2fa-code", DemoSeed.TOTP_CODE)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(password("sam", DemoSeed.PASSWORD))));
        assertThat(viaHeader.status()).isEqualTo(200);
    }

    @Test
    void aCodeNextToAnObjectUserIsIgnoredAsRocketChatPassesTheBodyThrough() {
        Answer answer = login("{\"user\":{\"username\":\"sam\"},\"password\":\"tidybar-demo\",\"code\":\""
                + DemoSeed.TOTP_CODE + "\"}");

        assertThat(answer.json().get("error").asText()).isEqualTo("totp-required");
    }

    @Test
    void emailTwoFactorSaysACodeWasMailed() {
        JsonNode details = login(password("robin", DemoSeed.PASSWORD)).json().get("details");

        assertThat(details.get("method").asText()).isEqualTo("email");
        assertThat(details.get("codeGenerated").asBoolean()).isTrue();
        assertThat(login("{\"user\":\"robin\",\"password\":\"tidybar-demo\",\"code\":\"" + DemoSeed.EMAIL_CODE
                + "\"}").status()).isEqualTo(200);
    }

    @Test
    void o1_logoutAnswersEmptyAndTheTokenStopsWorking() {
        Auth session = http.login(DemoSeed.ALEX);

        Answer out = http.post("/api/v1/logout", "", session);
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.body()).isEmpty();
        assertThat(http.get("/api/v1/me", session).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", FakeHttp.alexToken()).status()).isEqualTo(200);
    }

    @Test
    void o1_logoutCanAnswerWithThe6xJson() throws IOException {
        try (FakeWorkspace jsonLogout = FakeWorkspace.start(FakeWorkspaceConfig.demo().withJsonLogout())) {
            FakeHttp jsonHttp = new FakeHttp(jsonLogout);
            Answer out = jsonHttp.get("/api/v1/logout", jsonHttp.login(DemoSeed.NEWBIE));

            assertThat(out.body()).isEqualTo("{\"status\":\"success\",\"data\":{\"message\":\"You've been logged out!\"}}");
        }
    }

    @Test
    void m1_meIsTheFlatUserWithDefaultPreferences() {
        Answer me = http.get("/api/v1/me", FakeHttp.alexToken());

        JsonNode user = me.json();
        assertThat(user.get("success").asBoolean()).isTrue();
        assertThat(user.get("_id").asText()).isEqualTo(DemoSeed.ALEX_USER_ID);
        assertThat(user.get("username").asText()).isEqualTo("alex");
        assertThat(user.get("active").asBoolean()).isTrue();
        assertThat(user.get("name").asText()).isEqualTo("Alex Morgan");
        assertThat(user.get("roles").isArray()).isTrue();
        assertThat(user.at("/emails/0/address").asText()).isEqualTo(DemoSeed.EMAIL);
        assertThat(user.get("isOAuthUser").asBoolean()).isFalse();
        assertThat(user.at("/services/password/exists").asBoolean()).isTrue();
        assertThat(user.at("/services/password").has("bcrypt")).isFalse();
        List<String> preferences = new ArrayList<>();
        user.at("/settings/preferences").fieldNames().forEachRemaining(preferences::add);
        assertThat(preferences).containsExactlyInAnyOrder("alsoSendThreadToChannel", "newRoomNotification",
                "newMessageNotification", "showThreadsInMainChannel", "useEmojis", "convertAsciiEmoji",
                "saveMobileBandwidth", "collapseMediaByDefault", "autoImageLoad", "emailNotificationMode",
                "unreadAlert", "masterVolume", "notificationsSoundVolume", "voipRingerVolume",
                "omnichannelTranscriptEmail", "desktopNotifications", "pushNotifications", "enableAutoAway",
                "desktopNotificationRequireInteraction", "hideUsernames", "hideRoles", "displayAvatars",
                "hideFlexTab", "sendOnEnter", "idleTimeLimit", "sidebarShowFavorites", "sidebarShowUnread",
                "themeAppearence", "sidebarSortby", "sidebarViewMode", "sidebarDisplayAvatar", "sidebarGroupByType",
                "sidebarSectionsOrder", "muteFocusedConversations", "notifyCalendarEvents", "enableMobileRinging",
                "featuresPreview");
    }

    @Test
    void unknownRoutesGetHonosPlainTextNotFound() {
        for (String path : List.of("/api/v1/groups.nothing", "/api/v1/groups.close", "/api/v2/x")) {
            Answer answer = http.get(path, FakeHttp.alexToken());
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.body()).isEqualTo("404 Not Found");
            assertThat(answer.header("Content-Type")).startsWith("text/plain");
        }
    }

    @Test
    void malformedJsonAndFormBodiesAreReadLikeRocketChat() {
        Auth alex = FakeHttp.alexToken();
        Answer malformed = http.post("/api/v1/groups.close", "{\"roomId\":", alex);
        assertThat(malformed.json().get("errorType").asText()).isEqualTo("error-room-param-not-provided");

        Answer form = http.postTyped("/api/v1/groups.close", "application/x-www-form-urlencoded",
                "roomName=design-team", alex);
        assertThat(form.body()).isEqualTo("{\"success\":true}");

        Answer untyped = http.postTyped("/api/v1/groups.open", null, "{\"roomName\":\"design-team\"}", alex);
        assertThat(untyped.json().get("errorType").asText()).isEqualTo("error-room-param-not-provided");
    }
}
