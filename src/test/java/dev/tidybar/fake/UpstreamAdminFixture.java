package dev.tidybar.fake;

import dev.tidybar.fake.FakeHttp.Auth;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh workspace per test with the admin of Rocket.Chat's own API tests logged in, as the
 * {@code before(getCredentials)} hook of every upstream suite does.
 */
abstract class UpstreamAdminFixture {

    FakeWorkspace workspace;
    FakeHttp http;
    Auth admin;

    @BeforeEach
    void startAsUpstreamAdmin() throws IOException {
        workspace = FullFake.start(config());
        http = new FakeHttp(workspace);
        admin = http.loginUpstreamAdmin();
    }

    @AfterEach
    void stopWorkspace() {
        workspace.close();
    }

    /** The workspace to start; the demo one unless a test class needs another. */
    FakeWorkspaceConfig config() {
        return FakeWorkspaceConfig.demo();
    }
}
