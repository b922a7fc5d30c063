package dev.tidybar.fake;

import dev.tidybar.fake.FakeHttp.Auth;
import dev.tidybar.testing.MutableClock;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh demo workspace per test, as the full fake (setup routes and HTTP controls too), on a clock the
 * test moves, with alex's token and design-team at hand.
 */
abstract class DemoWorkspaceTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final Auth alex = FakeHttp.alexToken();
    FakeWorkspace workspace;
    FakeHttp http;
    String designTeam;

    @BeforeEach
    void startWorkspace() throws IOException {
        workspace = FullFake.start(FakeWorkspaceConfig.demo().withClock(clock));
        http = new FakeHttp(workspace);
        designTeam = workspace.roomIdByName("design-team").orElseThrow();
    }

    @AfterEach
    void stopWorkspace() {
        workspace.close();
    }
}
