package dev.tidybar.api;

import java.util.List;
import java.util.Optional;

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
     * Every private group the user belongs to, hidden ones included, sorted by display name ignoring case.
     * Pages are paced by the server's rate limit: when it runs out (or answers 429) the listing tells
     * {@link LoadProgress#waitingUntil} and goes on after the reset, keeping the pages it has; a wait
     * of more than a few minutes, or 429 after 429, ends it with {@link RateLimitedException}.
     * Interrupting the calling thread (as {@code Future.cancel(true)} does) ends the listing promptly
     * with a {@link java.util.concurrent.CancellationException}, the thread's interrupt flag set again.
     */
    List<PrivateGroup> listPrivateGroups(Session session, LoadProgress progress) throws RocketChatException;

    /** Hides a group from the user's sidebar ({@code groups.close}). */
    Optional<RateLimit> closeGroup(Session session, String roomId) throws RocketChatException;

    /** Shows a hidden group in the sidebar again ({@code groups.open}). */
    Optional<RateLimit> openGroup(Session session, String roomId) throws RocketChatException;

    @Override
    void close();
}
