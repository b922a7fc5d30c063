package dev.tidybar.fake;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake Rocket.Chat workspace: a real HTTP server on 127.0.0.1 that answers the REST routes Tidybar
 * uses the way Rocket.Chat 7.x/8.x does (see the contract's §11), plus test controls in Java. The
 * app's demo mode and the tests run it in-process. The setup routes (users.create, channels.create,
 * permissions.update and the like) and the test controls over HTTP are only in the test sources:
 * the standalone fake and the conformance tests add them through an {@link Extension}.
 */
public final class FakeWorkspace implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FakeWorkspace.class.getName());

    static {
        // The JDK server writes headers and body separately; with Nagle on, small answers then wait
        // ~40 ms for the client's delayed ACK. The setting is read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /**
     * What a workspace answers besides the routes Tidybar calls, registered before it starts
     * answering: more routes on its state, and the handler of /_fake/ acting on its controls.
     */
    @FunctionalInterface
    interface Extension {
        void register(Routes routes, FakeState state, WorkspaceControls controls);
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final WorkspaceControls controls;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FakeWorkspace(HttpServer server, ExecutorService executor, WorkspaceControls controls) {
        this.server = server;
        this.executor = executor;
        this.controls = controls;
    }

    /**
     * Seeds the workspace and starts answering on 127.0.0.1 at the configured port (0: a free one).
     * The JDK server's dispatcher thread is not a daemon: {@link #close} it, or the JVM stays up.
     */
    public static FakeWorkspace start(FakeWorkspaceConfig config) throws IOException {
        return start(config, (routes, state, controls) -> { });
    }

    /** As {@link #start(FakeWorkspaceConfig)}, answering what {@code extension} registers too. */
    static FakeWorkspace start(FakeWorkspaceConfig config, Extension extension) throws IOException {
        FakeState state = new FakeState(config.clock(), DemoSeed.ID_SEED, config.loginBlocking());
        RateLimiter rateLimiter = new RateLimiter(config.rateLimitEnabled(), config.rateLimitCalls(),
                config.rateLimitWindow());
        FaultPlan faults = new FaultPlan();
        RequestLog log = new RequestLog();
        LoginThrottle throttle = new LoginThrottle(state.settings());
        WorkspaceControls controls = new WorkspaceControls(config, state, faults, log, rateLimiter, throttle);
        controls.reset();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"),
                config.port()), 0);
        Routes routes = new Routes();
        AuthRoutes.register(routes, state, throttle, config.jsonLogout(), () -> baseUri(server));
        GroupRoutes.register(routes, state);
        SubscriptionRoutes.register(routes, state);
        extension.register(routes, state, controls);
        server.createContext("/", new Dispatcher(state, routes, rateLimiter, faults, log));
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(executor);
        server.start();
        LOG.log(System.Logger.Level.DEBUG, "fake workspace listening on {0}", baseUri(server));
        return new FakeWorkspace(server, executor, controls);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "fake-workspace-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static URI baseUri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** {@code http://127.0.0.1:<port>}, with no trailing slash. */
    public URI baseUri() {
        return baseUri(server);
    }

    /** Stops answering at once; answers still being written are cut off. Calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    /** {@code senderUsername} posts in the room: it reopens and alerts for every other member. */
    public void postMessage(String senderUsername, String roomId) {
        postMessage(senderUsername, roomId, "A new message from " + senderUsername);
    }

    /** As {@link #postMessage(String, String)}; an {@code @username} in the text also counts as a mention. */
    public void postMessage(String senderUsername, String roomId, String text) {
        controls.postMessage(senderUsername, roomId, text);
    }

    /**
     * Back to the state at start: the seed (with the same ids), no tokens but the personal one, no
     * failed logins, rate limiter as configured, no faults, no latency, no received requests.
     */
    public void reset() {
        controls.reset();
    }

    /**
     * Takes a login token issued before this workspace started, for an existing user id, as a real
     * server that kept running would still know it; an unknown user id is ignored. The demo hands it
     * the token Tidybar kept in the keychain from an earlier run.
     */
    public void acceptToken(String userId, String token) {
        controls.acceptToken(userId, token);
    }

    /** Every login and personal access token stops working: later calls get 401. */
    public void revokeAllTokens() {
        controls.revokeAllTokens();
    }

    /**
     * How many sessions from a login of this user still work (personal access tokens not counted):
     * what shows that a client logged out, since the request log does not keep the tokens it sent.
     */
    public int loginSessionCount(String username) {
        return controls.loginSessionCount(username);
    }

    /**
     * {@code ownerUsername} creates a private group with these members, as {@code groups.create} would:
     * it appears in their next subscriptions.get. Returns its room id.
     */
    public String createGroup(String ownerUsername, String name, String... memberUsernames) {
        return controls.createGroup(ownerUsername, name, memberUsernames);
    }

    /** Deletes a group; its subscriptions appear in subscriptions.get's {@code remove} list. */
    public void deleteGroup(String roomId) {
        controls.deleteGroup(roomId);
    }

    /** The next {@code times} answers of {@code endpoint} (e.g. "groups.close", any method) fail this way. */
    public void injectFault(String endpoint, Fault fault, int times) {
        controls.injectFault(endpoint, fault, times);
    }

    /** Every later answer on a Rocket.Chat route waits this long first. */
    public void setLatency(Duration everyAnswer) {
        controls.setLatency(everyAnswer);
    }

    /** Turns the rate limiter on with this budget (it is off unless the config says otherwise). */
    public void setRateLimit(int calls, Duration window) {
        controls.setRateLimit(calls, window);
    }

    /** The requests received on Rocket.Chat routes, oldest first; their secrets show as {@code <redacted>}. */
    public List<ReceivedRequest> receivedRequests() {
        return controls.receivedRequests();
    }

    public void clearReceivedRequests() {
        controls.clearReceivedRequests();
    }

    /**
     * How many calls the rate limiter has answered with a 429 since the fake started, on any route;
     * {@link #reset()} and {@link #clearReceivedRequests()} leave it as it is, and injected
     * {@link Fault#tooManyRequests} faults are not counted. Safe to read from any thread.
     */
    public int refusedRequests() {
        return controls.refusedRequests();
    }

    /** Whether the group shows in that user's sidebar; empty when the user is not subscribed. */
    public Optional<Boolean> isOpenFor(String username, String roomId) {
        return controls.isOpenFor(username, roomId);
    }

    /** The id of the room with this name (or, for a discussion, this display name). */
    public Optional<String> roomIdByName(String roomName) {
        return controls.roomIdByName(roomName);
    }
}
