package dev.tidybar.fake;

import java.io.IOException;

/**
 * The fake as the standalone fake and the conformance tests run it: the demo's workspace plus the
 * setup routes, which Tidybar never calls and so the installer leaves out, and the test controls
 * over HTTP under /_fake/.
 */
final class FullFake {

    private FullFake() {
    }

    /** As {@link FakeWorkspace#start(FakeWorkspaceConfig)}, with the setup routes and the HTTP controls. */
    static FakeWorkspace start(FakeWorkspaceConfig config) throws IOException {
        return FakeWorkspace.start(config, FullFake::addSetupRoutesAndControls);
    }

    private static void addSetupRoutesAndControls(Routes routes, FakeState state, WorkspaceControls controls) {
        UserRoutes.register(routes, state);
        WorkspaceAdminRoutes.register(routes, state);
        TeamRoutes.register(routes, state);
        RoomAdminRoutes.register(routes, state);
        ChatRoutes.register(routes, state);
        routes.controls(new ControlRoutes(controls)::answer);
    }
}
