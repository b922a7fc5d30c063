package dev.tidybar.fake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The standalone start, with its options, as the README documents it. */
class FakeWorkspaceMainTest {

    @Test
    void defaultsToPort3000WithTheDemoSettings() {
        FakeWorkspaceConfig config = FakeWorkspaceMain.parse(new String[0]);

        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.rateLimitEnabled()).isFalse();
        assertThat(config.jsonLogout()).isFalse();
        assertThat(config.extraGroups()).isZero();
    }

    @Test
    void readsEveryOption() {
        FakeWorkspaceConfig config = FakeWorkspaceMain.parse(new String[] {"--port", "3100", "--rate-limit", "5/30",
            "--extra-groups", "10000", "--json-logout", "--login-block-user", "2/3", "--login-block-ip", "4/8"});

        assertThat(config.port()).isEqualTo(3100);
        assertThat(config.rateLimitEnabled()).isTrue();
        assertThat(config.rateLimitCalls()).isEqualTo(5);
        assertThat(config.rateLimitWindow()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.extraGroups()).isEqualTo(10_000);
        assertThat(config.jsonLogout()).isTrue();
        assertThat(config.loginBlocking()).isEqualTo(new LoginBlocking(2, Duration.ofSeconds(3), 4,
                Duration.ofSeconds(8)));
    }

    @Test
    void startedAloneItAnswersAsItsWelcomeSays() throws IOException {
        var printed = new ByteArrayOutputStream();
        FakeWorkspaceConfig freePort = FakeWorkspaceMain.parse(new String[] {"--port", "0"});
        try (FakeWorkspace workspace = FakeWorkspaceMain.start(freePort, new PrintStream(printed, true, UTF_8))) {
            String address = workspace.baseUri().toString();
            assertThat(printed.toString(UTF_8)).contains("Fake Rocket.Chat workspace at " + address,
                    "Every user's password: " + DemoSeed.PASSWORD, "Test controls under " + address + "/_fake/");
            var http = new FakeHttp(workspace);
            String designTeam = workspace.roomIdByName("design-team").orElseThrow();
            assertThat(http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}",
                    http.login(DemoSeed.ALEX)).status()).isEqualTo(200);

            // what curl -X POST -H 'Content-Type: application/json' http://localhost:<port>/_fake/reset sends
            FakeHttp.Answer reset = http.sendWritten("POST", "/_fake/reset", "",
                    "Host: localhost:" + workspace.baseUri().getPort(), "User-Agent: curl/8.5.0", "Accept: */*",
                    "Content-Type: application/json");

            assertThat(reset.status()).isEqualTo(200);
            assertThat(workspace.isOpenFor(DemoSeed.ALEX, designTeam)).contains(true);
            assertThat(http.get("/_fake/requests", null).json().get("requests")).isEmpty();
        }
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> FakeWorkspaceMain.parse(new String[] {"--rate-limit", "10"}))
                .hasMessageContaining("COUNT/SECONDS");
        assertThatThrownBy(() -> FakeWorkspaceMain.parse(new String[] {"--port"})).hasMessage("--port needs a value");
        assertThatThrownBy(() -> FakeWorkspaceMain.parse(new String[] {"--colour"}))
                .hasMessage("Unknown option: --colour");
    }
}
