package dev.tidybar.ui.login;

import dev.tidybar.api.PasswordLogin;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;

/**
 * The form as it was when the user pressed Log in. It is read on the FX thread and handed to the
 * worker, which must never touch the form's properties; it also tells a late answer from the one
 * the form is waiting for.
 *
 * @param passwordLogin the username, password and 2FA code, or null for a sign-in with a token
 * @param userId        the user id for a sign-in with a token, else null
 * @param token         the personal access token, or the kept session's token; else null
 * @param kept          the session the keychain kept, whose token is checked; else null
 */
record SignInRequest(WorkspaceAddress workspace, PasswordLogin passwordLogin, String userId, String token,
                     Session kept) {

    static SignInRequest withPassword(WorkspaceAddress workspace, PasswordLogin login) {
        return new SignInRequest(workspace, login, null, null, null);
    }

    static SignInRequest withPersonalToken(WorkspaceAddress workspace, String userId, String token) {
        return new SignInRequest(workspace, null, userId, token, null);
    }

    static SignInRequest withKeptSession(Session kept) {
        return new SignInRequest(kept.workspace(), null, kept.userId(), kept.authToken(), kept);
    }

    boolean personalToken() {
        return passwordLogin == null;
    }

    /** Only a password sign-in makes a new login token, which nobody uses once the sign-in is cancelled. */
    boolean makesLoginToken() {
        return passwordLogin != null;
    }

    /** Blocks until the server answers: call it off the FX thread. */
    Session send(RocketChatClient client) throws RocketChatException {
        if (!personalToken()) {
            return client.login(workspace, passwordLogin);
        }
        Session checked = client.loginWithPersonalToken(workspace, userId, token);
        // GET /me takes any token; a kept session stays what it was, so that logging out still ends a
        // password session on the server, and never calls logout for a personal access token
        return kept == null ? checked : new Session(checked.workspace(), checked.userId(), checked.authToken(),
                checked.username(), checked.displayName(), kept.personalToken());
    }

    @Override
    public String toString() {
        return "SignInRequest[" + workspace + ", " + (personalToken() ? (kept != null ? "kept session, " : "")
                + "userId=" + userId + ", token=<redacted>" : passwordLogin) + "]";
    }
}
