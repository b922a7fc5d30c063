package dev.tidybar.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@link RocketChatClient} over the Rocket.Chat REST API, with Apache HttpClient 5 (see
 * {@link Transport}). Thread-safe: one instance serves the whole application; close it on exit.
 */
public final class HttpRocketChatClient implements RocketChatClient {

    private static final System.Logger LOG = System.getLogger(HttpRocketChatClient.class.getName());

    /** How far before the newest server time a delta asks from. */
    static final Duration DELTA_OVERLAP = Duration.ofSeconds(5);

    private final Transport transport;
    private final ResponseReader reader;
    private final ExecutorService pagePool;
    private final int pageConcurrency;
    private final Pacer pacer;
    private final Semaphore listReads = new Semaphore(1);

    public HttpRocketChatClient(ClientSettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.sleeping(Clock.systemUTC()));
    }

    /** With the clock and the sleeper the rate-limit waits use: tests share a clock with the fake workspace. */
    public HttpRocketChatClient(ClientSettings settings, Clock clock, Sleeper sleeper) {
        this.transport = new Transport(settings);
        this.reader = new ResponseReader(clock);
        this.pagePool = Executors.newFixedThreadPool(settings.pageConcurrency(), daemonThreads());
        this.pageConcurrency = settings.pageConcurrency();
        this.pacer = new Pacer(transport, reader, new RateLimitPause(clock, sleeper));
    }

    @Override
    public Session login(WorkspaceAddress workspace, PasswordLogin login) throws RocketChatException {
        return guarded("login", () -> passwordLogin(workspace, login));
    }

    private Session passwordLogin(WorkspaceAddress workspace, PasswordLogin login) throws RocketChatException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("user", login.user().strip());
        body.put("password", login.password());
        if (login.twoFactorCode() != null && !login.twoFactorCode().isBlank()) {
            body.put("code", login.twoFactorCode().strip());
        }
        Outgoing request = Outgoing.post("login", workspace.api("v1/login"), Map.of(), reader.write(body));
        Dto.LoginData data = reader.read("login", ErrorMapper.Call.LOGIN, transport.send(request),
                Dto.LoginAnswer.class).data();
        Dto.Me me = data.me();
        String username = me != null && me.username() != null ? me.username() : login.user();
        LOG.log(System.Logger.Level.INFO, "signed in to {0} as {1}", workspace, username);
        return new Session(workspace, data.userId(), data.authToken(), username, nameOr(me, username), false);
    }

    @Override
    public Session loginWithPersonalToken(WorkspaceAddress workspace, String userId, String token)
            throws RocketChatException {
        return guarded("me", () -> tokenLogin(workspace, userId, token));
    }

    private Session tokenLogin(WorkspaceAddress workspace, String userId, String token) throws RocketChatException {
        Outgoing request = Outgoing.get("me", workspace.api("v1/me"), credentials(userId, token));
        Dto.Me me = reader.read("me", ErrorMapper.Call.LOGIN, transport.send(request), Dto.Me.class);
        String username = me.username() != null ? me.username() : userId;
        LOG.log(System.Logger.Level.INFO, "signed in to {0} as {1} with a personal access token", workspace, username);
        return new Session(workspace, me.id(), token, username, nameOr(me, username), true);
    }

    /**
     * Logs a password session out. A personal-token session makes no call: the server's logout
     * removes the token it was called with from the user's login tokens, and for a personal access
     * token that would revoke it for good (contract §2.1, §3). Accepts the 6.x JSON answer and the
     * empty answer of 7.4 and later alike.
     */
    @Override
    public void logout(Session session) throws RocketChatException {
        if (session.personalToken()) {
            return;
        }
        guarded("logout", () -> {
            HttpAnswer answer = transport.send(Outgoing.post("logout", session.workspace().api("v1/logout"),
                    credentials(session), null));
            reader.requireSuccess("logout", ErrorMapper.Call.AUTHENTICATED, answer);
            return null;
        });
    }

    @Override
    public SubscriptionUpdate readGroups(Session session, LoadProgress progress) throws RocketChatException {
        return guarded(ClientSettings.LIST_ENDPOINT, () -> SubscriptionReading.read(
                subscriptions(session, "v1/subscriptions.get", progress), true));
    }

    @Override
    public SubscriptionUpdate readGroupsChangedSince(Session session, Instant since, LoadProgress progress)
            throws RocketChatException {
        // the server's own time, in milliseconds, UTC (contract §6), moved back a little: changes stamped in
        // the same millisecond, or by a server instance whose clock is a little behind, are not missed, and a
        // change seen twice does no harm
        String query = "?updatedSince=" + URLEncoder.encode(since.minus(DELTA_OVERLAP).truncatedTo(ChronoUnit.MILLIS)
                .toString(), StandardCharsets.UTF_8);
        return guarded(ClientSettings.LIST_ENDPOINT, () -> SubscriptionReading.read(
                subscriptions(session, "v1/subscriptions.get" + query, progress), false));
    }

    private Dto.Subscriptions subscriptions(Session session, String path, LoadProgress progress)
            throws RocketChatException {
        Outgoing request = Outgoing.get(ClientSettings.LIST_ENDPOINT, session.workspace().api(path),
                credentials(session));
        // one list in memory at a time, as bytes and as parsed: what the heap is sized for (packaging/README.md)
        try {
            listReads.acquire();
        } catch (InterruptedException e) {
            throw RateLimitPause.cancelled(request.endpoint(), e);
        }
        try {
            return reader.read(request.endpoint(), ErrorMapper.Call.AUTHENTICATED,
                    pacer.sendWaiting(session.workspace(), request, orNone(progress)), Dto.Subscriptions.class);
        } finally {
            listReads.release();
        }
    }

    @Override
    public RoomDetailsRead readRoomDetails(Session session, int expectedRooms, Consumer<List<RoomDetails>> pages,
                                           LoadProgress progress) throws RocketChatException {
        RouteBudget budget = pacer.budget(session.workspace(), "groups.list");
        var source = new RoomDetailsReading.Source() {
            @Override
            public RouteBudget budget() {
                return budget;
            }

            @Override
            public Dto.GroupsPage page(long offset, int count) throws RocketChatException {
                URI uri = session.workspace().api("v1/groups.list?count=" + count + "&offset=" + offset);
                Outgoing request = Outgoing.get("groups.list", uri, credentials(session));
                return reader.read(request.endpoint(), ErrorMapper.Call.AUTHENTICATED,
                        pacer.sendReserved(budget, request), Dto.GroupsPage.class);
            }
        };
        return guarded("groups.list", () -> new RoomDetailsReading(pagePool, pageConcurrency, source, pacer.pause(),
                expectedRooms, pages, orNone(progress)).read());
    }

    @Override
    public RoomDetails readRoomDetails(Session session, String roomId) throws RocketChatException {
        URI uri = session.workspace().api("v1/groups.info?roomId="
                + URLEncoder.encode(roomId, StandardCharsets.UTF_8));
        Outgoing request = Outgoing.get("groups.info", uri, credentials(session));
        return guarded(request.endpoint(), () -> RoomDetailsReading.toDetails(reader.read(request.endpoint(),
                ErrorMapper.Call.AUTHENTICATED, pacer.sendWaiting(session.workspace(), request, LoadProgress.NONE),
                Dto.GroupInfo.class).group()));
    }

    @Override
    public Optional<RateLimit> closeGroup(Session session, String roomId) throws RocketChatException {
        return guarded("groups.close", () -> changeGroup("groups.close", session, roomId));
    }

    @Override
    public Optional<RateLimit> openGroup(Session session, String roomId) throws RocketChatException {
        return guarded("groups.open", () -> changeGroup("groups.open", session, roomId));
    }

    private Optional<RateLimit> changeGroup(String endpoint, Session session, String roomId)
            throws RocketChatException {
        byte[] body = reader.write(Map.of("roomId", roomId));
        HttpAnswer answer = pacer.sendOrHoldBack(session.workspace(), Outgoing.post(endpoint,
                session.workspace().api("v1/" + endpoint), credentials(session), body));
        reader.read(endpoint, ErrorMapper.Call.AUTHENTICATED, answer, Dto.Success.class);
        return answer.rateLimit();
    }

    @Override
    public void close() {
        pagePool.shutdownNow();
        transport.close();
    }

    /** What each public call runs: the body of the call, which may fail only with a {@link RocketChatException}. */
    @FunctionalInterface
    private interface Call<T> {
        T run() throws RocketChatException;
    }

    /**
     * Runs {@code call}, turning any unchecked failure (a bug here, or in a library on an answer never
     * foreseen) into a typed one with its cause, so the screens show a banner, not a crash dialog.
     * A cancel stays a {@link CancellationException}: its caller asked for it and shows nothing.
     */
    private static <T> T guarded(String endpoint, Call<T> call) throws RocketChatException {
        try {
            return call.run();
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, endpoint + " failed unexpectedly", e);
            throw new UnexpectedFailureException(endpoint + ": Tidybar could not handle the answer (" + e + ")", e);
        }
    }

    private static Map<String, String> credentials(Session session) {
        return credentials(session.userId(), session.authToken());
    }

    private static Map<String, String> credentials(String userId, String token) {
        return Map.of("X-Auth-Token", token, "X-User-Id", userId);
    }

    private static LoadProgress orNone(LoadProgress progress) {
        return progress == null ? LoadProgress.NONE : progress;
    }

    private static String nameOr(Dto.Me me, String fallback) {
        return me != null && me.name() != null && !me.name().isBlank() ? me.name() : fallback;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "tidybar-groups-page-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
