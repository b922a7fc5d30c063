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
 * @param passwordLogin the username, password and 2FA code, or null for a personal-token sign-in
 * @param userId        the user id for a personal-token sign-in, else null
 * @param token         the personal access token, else null
 */
record SignInRequest(WorkspaceAddress workspace, PasswordLogin passwordLogin, String userId, String token) {

    static SignInRequest withPassword(WorkspaceAddress workspace, PasswordLogin login) {
        return new SignInRequest(workspace, login, null, null);
    }

    static SignInRequest withPersonalToken(WorkspaceAddress workspace, String userId, String token) {
        return new SignInRequest(workspace, null, userId, token);
    }

    boolean personalToken() {
        return passwordLogin == null;
    }

    /** Blocks until the server answers: call it off the FX thread. */
    Session send(RocketChatClient client) throws RocketChatException {
        return personalToken() ? client.loginWithPersonalToken(workspace, userId, token)
                : client.login(workspace, passwordLogin);
    }

    @Override
    public String toString() {
        return "SignInRequest[" + workspace + ", " + (personalToken() ? "userId=" + userId + ", token=<redacted>"
                : passwordLogin) + "]";
    }
}
