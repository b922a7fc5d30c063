package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.FakeHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test controls refuse what a web page in a browser on this machine could send them; the
 * Rocket.Chat routes stay as open as the real server's. Each test closes design-team first, so a
 * reset that got through would show: it opens the group again.
 */
class ControlGateTest extends DemoWorkspaceTest {

    private static final String JSON = "Content-Type: application/json";

    @BeforeEach
    void closeDesignTeam() {
        assertThat(http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", alex).status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/json-patch+json"})
    void aResetThatIsNotJsonIsRefusedAndChangesNothing(String contentType) {
        Answer refused = http.postTyped("/_fake/reset", contentType, "{}", null);

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.json().get("error").asText())
                .startsWith("Test controls take only Content-Type: application/json, not ");
        assertThat(designTeamIsOpen()).as("not reset").isFalse();
    }

    @Test
    void aPostWithNoBodyNeedsJsonToo() {
        // what fetch(url, {method: "POST", mode: "no-cors"}) sends from any page: no body, no content type
        Answer refused = http.sendWritten("POST", "/_fake/reset", "", "Host: 127.0.0.1:" + port());

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.json().get("error").asText())
                .isEqualTo("Test controls take only Content-Type: application/json, not none");
        assertThat(designTeamIsOpen()).isFalse();
    }

    @Test
    void jsonWithParametersIsTaken() {
        assertThat(http.postTyped("/_fake/reset", "Application/JSON; charset=utf-8", "{}", null).status())
                .isEqualTo(200);

        assertThat(designTeamIsOpen()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1.evil.example:PORT", "localhost:1",
        "127.0.0.2:PORT", "127.0.0.1:PORT:PORT"})
    void aRequestAddressedToAnotherHostIsRefusedAndChangesNothing(String host) {
        String hostHeader = "Host: " + host.replace("PORT", port());

        Answer reset = http.sendWritten("POST", "/_fake/reset", "{}", hostHeader, JSON);
        Answer requests = http.sendWritten("GET", "/_fake/requests", "", hostHeader);

        assertThat(reset.status()).isEqualTo(403);
        assertThat(reset.json().get("error").asText()).startsWith("Test controls answer only requests addressed to "
                + "127.0.0.1, localhost or [::1] (port " + port() + " or none), not to Host ");
        assertThat(designTeamIsOpen()).as("not reset").isFalse();
        assertThat(requests.status()).isEqualTo(403);
        assertThat(requests.body()).doesNotContain("groups.close");
    }

    @Test
    void aRequestWithoutHostIsRefused() {
        Answer refused = http.sendWritten("GET", "/_fake/requests", "");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).endsWith("not to no Host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:PORT", "localhost", "LocalHost:PORT", "[::1]", "[::1]:PORT"})
    void theLoopbackNamesAreTakenWithOrWithoutThePort(String host) {
        Answer reset = http.sendWritten("POST", "/_fake/reset", "{}", "Host: " + host.replace("PORT", port()), JSON);

        assertThat(reset.status()).isEqualTo(200);
        assertThat(designTeamIsOpen()).isTrue();
    }

    @Test
    void theRocketChatRoutesStillTakeFormsAddressedToAnyHost() {
        // a real server sits behind any name, and takes form bodies (contract §8)
        Answer opened = http.sendWritten("POST", "/api/v1/groups.open", "roomId=" + designTeam,
                "Host: chat.example.com", "Content-Type: application/x-www-form-urlencoded",
                "X-User-Id: " + alex.userId(), "X-Auth-Token: " + alex.token());

        assertThat(opened.status()).isEqualTo(200);
        assertThat(designTeamIsOpen()).isTrue();
    }

    private boolean designTeamIsOpen() {
        return workspace.isOpenFor(DemoSeed.ALEX, designTeam).orElseThrow();
    }

    private String port() {
        return Integer.toString(workspace.baseUri().getPort());
    }
}
