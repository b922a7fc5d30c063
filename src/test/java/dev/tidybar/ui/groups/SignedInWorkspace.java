package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.api.PasswordLogin;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.ReceivedRequest;
import dev.tidybar.testing.MutableClock;
import java.util.List;

/** The demo workspace on loopback, the real HTTP client, and alex signed in: what the groups screen starts from. */
final class SignedInWorkspace implements AutoCloseable {

    final FakeWorkspace fake;
    final HttpRocketChatClient client;
    final Session session;

    private SignedInWorkspace(FakeWorkspace fake, HttpRocketChatClient client, Session session) {
        this.fake = fake;
        this.client = client;
        this.session = session;
    }

    static SignedInWorkspace start() throws Exception {
        return start(FakeWorkspaceConfig.demo());
    }

    static SignedInWorkspace start(FakeWorkspaceConfig config) throws Exception {
        return start(config, DemoSeed.ALEX);
    }

    static SignedInWorkspace start(FakeWorkspaceConfig config, String username) throws Exception {
        return start(FakeWorkspace.start(config), new HttpRocketChatClient(ClientSettings.defaults("test")), username);
    }

    /**
     * On {@code clock}, shared by the fake (its rate-limit windows), the client (its budgets and waits,
     * which move the clock on) and the test's countdown.
     */
    static SignedInWorkspace start(FakeWorkspaceConfig config, String username, MutableClock clock) throws Exception {
        return start(FakeWorkspace.start(config.withClock(clock)),
                new HttpRocketChatClient(ClientSettings.defaults("test"), clock, clock.sleeper()), username);
    }

    private static SignedInWorkspace start(FakeWorkspace fake, HttpRocketChatClient client, String username)
            throws Exception {
        var session = client.login(WorkspaceAddress.parse(fake.baseUri().toString()),
                new PasswordLogin(username, DemoSeed.PASSWORD, null));
        fake.clearReceivedRequests();
        return new SignedInWorkspace(fake, client, session);
    }

    /** Signs {@code username} in again on this workspace: a new session, as after the login screen. */
    Session signIn(String username) throws Exception {
        return client.login(WorkspaceAddress.parse(fake.baseUri().toString()),
                new PasswordLogin(username, DemoSeed.PASSWORD, null));
    }

    String roomId(String name) {
        return fake.roomIdByName(name).orElseThrow(() -> new AssertionError("no room " + name));
    }

    boolean isOpenForAlex(String name) {
        return fake.isOpenFor(DemoSeed.ALEX, roomId(name)).orElseThrow();
    }

    /** The groups.* and logout calls that reached the fake, oldest first. */
    List<String> calls() {
        return fake.receivedRequests().stream().map(ReceivedRequest::endpoint)
                .filter(endpoint -> endpoint.startsWith("groups.") || endpoint.equals("subscriptions.get")
                        || endpoint.equals("logout"))
                .toList();
    }

    /** The requests to {@code endpoint} for {@code group}, each checked to be a POST with alex's credentials. */
    List<ReceivedRequest> callsTo(String endpoint, String group) {
        String roomId = roomId(group);
        var calls = fake.receivedRequests().stream()
                .filter(request -> request.endpoint().equals(endpoint))
                .filter(request -> request.bodyField("roomId").orElse("").equals(roomId))
                .toList();
        for (var call : calls) {
            assertThat(call.method()).isEqualTo("POST");
            assertThat(call.authToken()).as("a token, whose value the log never keeps")
                    .isEqualTo(ReceivedRequest.REDACTED);
            assertThat(call.userId()).isEqualTo(session.userId());
        }
        return calls;
    }

    @Override
    public void close() {
        client.close();
        fake.close();
    }
}
