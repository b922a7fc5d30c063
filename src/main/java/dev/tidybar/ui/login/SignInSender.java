package dev.tidybar.ui.login;

import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.TaskRunner;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Sends sign-ins in the background and knows which one the form still waits for. A cancelled
 * sign-in is left to finish rather than interrupted: once the server has accepted a password it has
 * made a login token, which only a finished request hands back to be logged out again.
 */
final class SignInSender {

    private static final System.Logger LOG = System.getLogger(SignInSender.class.getName());

    private final RocketChatClient client;
    private final TaskRunner tasks;
    /** The sign-in whose answer the form waits for; null when idle or after {@link #abandon()}. */
    private SignInRequest pending;

    SignInSender(RocketChatClient client, TaskRunner tasks) {
        this.client = client;
        this.tasks = tasks;
    }

    /** The host of the request still waiting for its answer, or empty. */
    String pendingHost() {
        return pending == null ? "" : pending.workspace().host();
    }

    /** Sends {@code request}; one of the callbacks runs on the FX thread unless it is abandoned first. */
    void send(SignInRequest request, Consumer<Session> onSignedIn,
              BiConsumer<SignInRequest, Exception> onFailed) {
        pending = request;
        tasks.run(() -> request.send(client), session -> {
            if (request == pending) {
                pending = null;
                onSignedIn.accept(session);
            } else if (request.makesLoginToken()) {
                logOut(session);
            }
        }, failure -> {
            if (request == pending) {
                pending = null;
                onFailed.accept(request, failure);
            } else if (!(failure instanceof RocketChatException)) {
                // A bug, even in a sign-in the user cancelled: the uncaught-exception dialog reports it.
                throw new IllegalStateException("A cancelled sign-in failed unexpectedly", failure);
            }
        });
    }

    /** The user cancelled: whatever the server answers now is not for the form. */
    void abandon() {
        pending = null;
    }

    /**
     * Nobody will use an abandoned login token. A personal access token is the user's own, and a kept
     * session stays kept: both stay valid.
     */
    private void logOut(Session abandoned) {
        tasks.run(() -> {
            client.logout(abandoned);
            return null;
        }, done -> { }, failure -> LOG.log(System.Logger.Level.WARNING,
                "Could not log out the cancelled sign-in " + abandoned, failure));
    }
}
