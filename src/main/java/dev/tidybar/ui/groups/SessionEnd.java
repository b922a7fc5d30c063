package dev.tidybar.ui.groups;

import dev.tidybar.api.NotLoggedInException;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * How the groups screen's session ends: the user logs out (the server is told, and the user may stop waiting for
 * its answer), the server ends it (a 401 to any call), or the screen goes away. It ends once, however many answers
 * bring the news, and from its first step on nothing more is sent: an answer from this session must never act on
 * the next one.
 */
final class SessionEnd {

    private static final System.Logger LOG = System.getLogger(SessionEnd.class.getName());

    private final RocketChatClient client;
    private final TaskRunner tasks;
    private final ErrorNotices errors;
    private final Session session;
    private final Runnable stopWork;
    private final Consumer<Notice> onEnded;
    private final ReadOnlyBooleanWrapper signingOut = new ReadOnlyBooleanWrapper(this, "signingOut");
    private boolean ended;
    private RunningTask logoutCall = RunningTask.DONE;

    /**
     * {@code stopWork} drops every call on its way and every job waiting; {@code onEnded} hands back to the login
     * screen with why (null when the user logged out).
     */
    SessionEnd(RocketChatClient client, TaskRunner tasks, ErrorNotices errors, Session session, Runnable stopWork,
               Consumer<Notice> onEnded) {
        this.client = client;
        this.tasks = tasks;
        this.errors = errors;
        this.session = session;
        this.stopWork = stopWork;
        this.onEnded = onEnded;
    }

    /** True while commands may still send: neither logging out nor ended. */
    boolean isActive() {
        return !ended && !signingOut.get();
    }

    ReadOnlyBooleanProperty signingOutProperty() {
        return signingOut.getReadOnlyProperty();
    }

    /**
     * Ends the session on the server, then hands back to the login screen: at once when the server confirms (a 401
     * confirms too: the session was over), with a word when it does not, and without its answer when the user
     * chooses not to wait. {@code show} puts the "Logging out…" notice in the banner.
     */
    void logOut(Consumer<Notice> show) {
        if (!isActive()) {
            return;
        }
        signingOut.set(true);
        stopWork.run();
        String host = session.workspace().host();
        show.accept(errors.loggingOut(host, this::leaveWithoutWaiting));
        logoutCall = tasks.run(() -> {
            client.logout(session);
            return Boolean.TRUE;
        }, done -> end(null), failure -> {
            LOG.log(System.Logger.Level.INFO, "Logging out on the server failed; leaving anyway: {0}",
                    failure.getMessage());
            end(failure instanceof NotLoggedInException ? null : errors.logoutUnconfirmed(failure, host));
        });
    }

    /** While logging out: stops waiting for the server's answer and leaves now, saying so. */
    void leaveWithoutWaiting() {
        if (signingOut.get() && !ended) {
            logoutCall.cancel();
            end(errors.logoutNotWaited(session.workspace().host()));
        }
    }

    /** Signed out ({@code why} is null) or a 401: said once, however many answers bring the news. */
    void end(Notice why) {
        if (ended) {
            return;
        }
        dispose();
        onEnded.accept(why);
    }

    /** The screen is gone: everything on its way is dropped, and nothing is sent any more. */
    void dispose() {
        ended = true;
        stopWork.run();
    }
}
