package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.FakeHttp.Answer;
import dev.tidybar.fake.FakeHttp.Auth;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fake as the app's demo runs it, from the installer: the routes Tidybar calls, without the
 * setup routes or the test controls over HTTP that {@link FullFake} adds: no other program on this
 * machine can make users in the demo or reset it.
 */
class DemoFakeTest {

    private FakeWorkspace workspace;
    private FakeHttp http;

    @BeforeEach
    void start() throws IOException {
        workspace = FakeWorkspace.start(FakeWorkspaceConfig.demo());
        http = new FakeHttp(workspace);
    }

    @AfterEach
    void stop() {
        workspace.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"users.create", "users.delete", "permissions.update", "settings/E2E_Enable",
        "teams.create", "channels.create", "groups.create", "im.create", "groups.delete", "chat.sendMessage"})
    void aSetupRouteIsUnknownEvenToAnAdmin(String endpoint) {
        Auth admin = http.loginUpstreamAdmin();

        Answer answer = http.post("/api/v1/" + endpoint, "{\"name\":\"made-by-a-test\"}", admin);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("404 Not Found");
        assertThat(workspace.roomIdByName("made-by-a-test")).isEmpty();
    }

    @Test
    void theTestControlsAreNotOnHttpButTheDemoAnswersWhatTidybarCalls() {
        Auth alex = http.login(DemoSeed.ALEX);
        String designTeam = workspace.roomIdByName("design-team").orElseThrow();
        assertThat(http.post("/api/v1/groups.close", "{\"roomId\":\"" + designTeam + "\"}", alex).status())
                .isEqualTo(200);

        Answer reset = http.post("/_fake/reset", "{}", null);

        assertThat(reset.status()).isEqualTo(404);
        assertThat(workspace.isOpenFor(DemoSeed.ALEX, designTeam)).as("not reset").contains(false);
        assertThat(http.get("/api/v1/groups.info?roomId=" + designTeam, alex).status()).isEqualTo(200);
    }
}
