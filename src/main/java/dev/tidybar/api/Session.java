package dev.tidybar.api;

import java.util.Objects;

/**
 * A signed-in user on one workspace. Holds the credentials the server checks on every call,
 * so {@link #toString()} never prints the token.
 *
 * @param workspace     where the user signed in
 * @param userId        sent as {@code X-User-Id}
 * @param authToken     sent as {@code X-Auth-Token}: a login token or a personal access token
 * @param username      the user's username
 * @param displayName   the user's full name, or the username when the server has none
 * @param personalToken true when signed in with a personal access token, which logout must not revoke
 */
public record Session(
        WorkspaceAddress workspace,
        String userId,
        String authToken,
        String username,
        String displayName,
        boolean personalToken) {

    public Session {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(authToken, "authToken");
    }

    @Override
    public String toString() {
        return "Session[" + username + "@" + workspace + ", userId=" + userId + ", token=<redacted>]";
    }
}
