package dev.tidybar.app;

import dev.tidybar.api.LoadProgress;
import dev.tidybar.api.PasswordLogin;
import dev.tidybar.api.RateLimit;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.api.RoomDetails;
import dev.tidybar.api.RoomDetailsRead;
import dev.tidybar.api.Session;
import dev.tidybar.api.SubscriptionUpdate;
import dev.tidybar.api.WorkspaceAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The HTTP client, built on a thread of its own once the window is up: HttpClient 5, Jackson and TLS
 * are some 800 classes the login card does not need to draw. A call made before it is built (a
 * quick Log in, the kept session's check) waits for it; every call runs off the FX thread anyway.
 */
final class ClientAfterStart implements RocketChatClient {

    private final CompletableFuture<RocketChatClient> built = new CompletableFuture<>();

    /** Builds the client beside the window; call once. */
    void build(Supplier<? extends RocketChatClient> builder) {
        built.completeAsync(builder, StartUpThread.named("tidybar-client-start"));
    }

    @Override
    public Session login(WorkspaceAddress workspace, PasswordLogin login) throws RocketChatException {
        return client().login(workspace, login);
    }

    @Override
    public Session loginWithPersonalToken(WorkspaceAddress workspace, String userId, String token)
            throws RocketChatException {
        return client().loginWithPersonalToken(workspace, userId, token);
    }

    @Override
    public void logout(Session session) throws RocketChatException {
        client().logout(session);
    }

    @Override
    public SubscriptionUpdate readGroups(Session session, LoadProgress progress) throws RocketChatException {
        return client().readGroups(session, progress);
    }

    @Override
    public SubscriptionUpdate readGroupsChangedSince(Session session, Instant since, LoadProgress progress)
            throws RocketChatException {
        return client().readGroupsChangedSince(session, since, progress);
    }

    @Override
    public RoomDetailsRead readRoomDetails(Session session, int expectedRooms, Consumer<List<RoomDetails>> pages,
                                           LoadProgress progress) throws RocketChatException {
        return client().readRoomDetails(session, expectedRooms, pages, progress);
    }

    @Override
    public RoomDetails readRoomDetails(Session session, String roomId) throws RocketChatException {
        return client().readRoomDetails(session, roomId);
    }

    @Override
    public Optional<RateLimit> closeGroup(Session session, String roomId) throws RocketChatException {
        return client().closeGroup(session, roomId);
    }

    @Override
    public Optional<RateLimit> openGroup(Session session, String roomId) throws RocketChatException {
        return client().openGroup(session, roomId);
    }

    /** Closes the client now, or as soon as it is built when quitting comes first; never waits for it. */
    @Override
    public void close() {
        built.thenAccept(RocketChatClient::close);
    }

    /** Waits for the client like any call waits for its answer: an interrupt ends the wait as it ends a call. */
    private RocketChatClient client() {
        try {
            return built.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            var cancelled = new CancellationException("Interrupted while the HTTP client was starting");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            // building a client touches no network: failing is a bug, for the crash dialog
            throw new IllegalStateException("The HTTP client could not be built", e.getCause());
        }
    }
}
