package dev.tidybar.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Rocket.Chat calls Tidybar makes. Every method blocks, so call it off the FX thread, and
 * every failure is a subclass of {@link RocketChatException} that says what went wrong.
 */
public interface RocketChatClient extends AutoCloseable {

    /**
     * Signs in with a username or email and a password. When the account has 2FA the first call
     * throws {@link TwoFactorRequiredException}; call again with {@link PasswordLogin#withTwoFactorCode}.
     */
    Session login(WorkspaceAddress workspace, PasswordLogin login) throws RocketChatException;

    /** Signs in with a personal access token, checked with {@code GET /api/v1/me}. */
    Session loginWithPersonalToken(WorkspaceAddress workspace, String userId, String token) throws RocketChatException;

    /** Ends a password session on the server. A personal-token session is left valid. */
    void logout(Session session) throws RocketChatException;

    /**
     * Every private group the user belongs to, hidden ones included, from one call of
     * {@code subscriptions.get} (contract §6); the groups carry no {@link RoomDetails} yet. The call
     * waits for the route's rate limit when it must, telling {@link LoadProgress#waitingUntil}; a wait
     * of more than a few minutes, or 429 after 429, ends it with {@link RateLimitedException}.
     * Interrupting the calling thread (as {@code Future.cancel(true)} does) ends it promptly with a
     * {@link java.util.concurrent.CancellationException}, the thread's interrupt flag set again.
     */
    SubscriptionUpdate readGroups(Session session, LoadProgress progress) throws RocketChatException;

    /**
     * What changed among the user's private groups after {@code since}, a time the server sent
     * ({@link SubscriptionUpdate#newest()}): changed or new groups, and removed subscriptions. A change
     * made shortly before {@code since} may come again, which does no harm when it is applied. Waits
     * for the rate limit like {@link #readGroups}. A server that rejects {@code since} answers with a
     * {@link BadRequestException}: read everything again then.
     */
    SubscriptionUpdate readGroupsChangedSince(Session session, Instant since, LoadProgress progress)
            throws RocketChatException;

    /**
     * Reads the room columns of {@code groups.list}, handing each page's rooms to {@code pages} on the
     * calling thread as they come. {@code expectedRooms}, the number of groups {@link #readGroups} found,
     * sets how many pages are asked for; the server's {@code total} is not trusted. Pages are read in
     * parallel within the route's rate limit, and spent budgets and 429s are waited out as in
     * {@link #readGroups}.
     */
    RoomDetailsRead readRoomDetails(Session session, int expectedRooms, Consumer<List<RoomDetails>> pages,
                                    LoadProgress progress) throws RocketChatException;

    /**
     * The room columns of one group ({@code groups.info}): for a few groups a delta brought, cheaper
     * than reading every page again. Waits for the rate limit like {@link #readGroups}; a group gone
     * in the meantime is a {@link GroupNotFoundException}.
     */
    RoomDetails readRoomDetails(Session session, String roomId) throws RocketChatException;

    /**
     * Hides a group from the user's sidebar ({@code groups.close}). When the route's rate-limit budget
     * is spent nothing is sent, and a {@link RateLimitedException} says when it may be.
     */
    Optional<RateLimit> closeGroup(Session session, String roomId) throws RocketChatException;

    /** Shows a hidden group in the sidebar again ({@code groups.open}); held back like {@link #closeGroup}. */
    Optional<RateLimit> openGroup(Session session, String roomId) throws RocketChatException;

    @Override
    void close();
}
