package dev.tidybar.api;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;

/** Small helpers for tests that run the client against the fake workspace. */
final class Fakes {

    private Fakes() {
    }

    static WorkspaceAddress address(FakeWorkspace fake) {
        try {
            return WorkspaceAddress.parse(fake.baseUri().toString());
        } catch (InvalidWorkspaceAddressException e) {
            throw new IllegalStateException(e);
        }
    }

    static Session signIn(RocketChatClient client, FakeWorkspace fake, String username) throws RocketChatException {
        return client.login(address(fake), new PasswordLogin(username, DemoSeed.PASSWORD, null));
    }
}
