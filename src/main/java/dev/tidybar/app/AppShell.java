package dev.tidybar.app;

import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.FxCountdown;
import dev.tidybar.ui.common.LeaveQuestion;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.groups.GroupsView;
import dev.tidybar.ui.groups.GroupsViewModel;
import dev.tidybar.ui.login.KeepSignedIn;
import dev.tidybar.ui.login.LoginView;
import dev.tidybar.ui.login.LoginViewModel;
import dev.tidybar.ui.queue.QueueStore;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/**
 * The window's content: the login screen until someone signs in, then their groups, and back to
 * the login screen when they sign out or the server ends the session.
 */
final class AppShell {

    private final RocketChatClient client;
    private final TaskRunner tasks;
    private final ErrorNotices errors;
    private final UiText text;
    private final Clock clock;
    private final BorderPane root = new BorderPane();
    private final LoginViewModel login;
    private final LoginView loginView;
    private final KeepSignedIn keep;
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyBooleanWrapper listLoaded = new ReadOnlyBooleanWrapper(this, "listLoaded");
    private final ReadOnlyBooleanWrapper listFilling = new ReadOnlyBooleanWrapper(this, "listFilling");
    private final ReadOnlyObjectWrapper<Notice> groupsNotice = new ReadOnlyObjectWrapper<>(this, "groupsNotice");
    private final ReadOnlyStringWrapper queueTitle = new ReadOnlyStringWrapper(this, "queueTitle", "");
    private final QueueStore queueStore;
    private final BooleanProperty comebackHint;
    private GroupsViewModel groups;
    /** Who the server signed out in the middle of a batch: their next sign-in goes on with it without asking. */
    private Session cutShort;

    /**
     * @param queueStore   keeps the queue's jobs for the next sign-in
     * @param comebackHint whether banners still say that a hidden group comes back (a remembered choice)
     * @param keep         "Keep me signed in": each sign-in is kept or not as it says, and a session's end forgets it
     */
    AppShell(RocketChatClient client, TaskRunner tasks, ErrorNotices errors, UiText text, Clock clock, Node statusBar,
             QueueStore queueStore, BooleanProperty comebackHint, KeepSignedIn keep) {
        this.queueStore = queueStore;
        this.comebackHint = comebackHint;
        this.client = client;
        this.tasks = tasks;
        this.errors = errors;
        this.text = text;
        this.clock = clock;
        this.keep = keep;
        this.login = new LoginViewModel(client, tasks, errors, text, new FxCountdown(clock), keep, this::signedIn);
        this.loginView = new LoginView(login, text);
        root.getStyleClass().add("app-shell");
        // the form first among the children, so it has the focus from the first frame on: an Enter pressed as
        // the window appears signs in rather than pressing the status bar's theme toggle
        root.setCenter(loginView);
        root.setBottom(statusBar);
    }

    Parent root() {
        return root;
    }

    LoginViewModel login() {
        return login;
    }

    /** The signed-in user, or null while the login screen shows. */
    ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** True once the signed-in user's group list has loaded. */
    ReadOnlyBooleanProperty listLoadedProperty() {
        return listLoaded.getReadOnlyProperty();
    }

    /** True while the progress line beside Refresh shows: the list loading, or its room columns filling in. */
    ReadOnlyBooleanProperty listFillingProperty() {
        return listFilling.getReadOnlyProperty();
    }

    /** The groups screen's banner, or null (also on the login screen). */
    ReadOnlyObjectProperty<Notice> groupsNoticeProperty() {
        return groupsNotice.getReadOnlyProperty();
    }

    /** "12/140 closed" while the work queue runs; blank otherwise. */
    ReadOnlyStringProperty queueTitleProperty() {
        return queueTitle.getReadOnlyProperty();
    }

    /**
     * Whether the app may quit now; asks first while a sign-in or a close is on the wire, or the
     * queue has work left, so nothing is left without the user choosing to.
     */
    boolean mayQuit(Window owner) {
        String signingInTo = login.signingInTo();
        // a Log in still waiting for the demo workspace has sent nothing: there is nothing to ask about
        if (!signingInTo.isEmpty()) {
            return LeaveQuestion.confirmQuitWhileSigningIn(owner, text, signingInTo);
        }
        return unfinishedJobs() == 0 || LeaveQuestion.confirm(owner, text, queueTitleProperty(), "leave.quit");
    }

    /** How many closes and reopens are not over yet, the one on the wire included. */
    int unfinishedJobs() {
        return groups == null ? 0 : groups.unfinishedJobs().size();
    }

    /** All the signed-in user's private groups, hidden ones included; 0 on the login screen. */
    int groupCount() {
        return groups == null ? 0 : groups.groupCount();
    }

    private void signedIn(Session signedIn) {
        groups = new GroupsViewModel(client, tasks, errors, text, clock, signedIn, why -> sessionEnded(signedIn, why),
                queueStore);
        if (cutShort != null && cutShort.workspace().base().equals(signedIn.workspace().base())
                && cutShort.userId().equals(signedIn.userId())) {
            groups.goOnWithoutAsking();
        }
        cutShort = null;
        groups.comebackHintProperty().bindBidirectional(comebackHint);
        listLoaded.bind(groups.sync().loadedProperty());
        listFilling.bind(groups.sync().progressShownProperty());
        groupsNotice.bind(groups.noticeProperty());
        queueTitle.bind(groups.queue().titleProperty());
        session.set(signedIn);
        root.setCenter(new GroupsView(groups, text));
        groups.load();
        keep.afterSignIn(signedIn, problem -> {
            if (session.get() == signedIn) {
                groups.noticeProperty().set(problem);
            }
        });
    }

    /**
     * Signed out ({@code why} is null) or ended by the server: back to the form, which keeps workspace
     * and user. Only the current session can end: word from an earlier one (a late answer) is ignored.
     */
    private void sessionEnded(Session ended, Notice why) {
        if (session.get() != ended) {
            return;
        }
        int waiting = groups.unfinishedJobs().size();
        // a word after Log out (the server did not confirm it) is no reason to go on without asking
        if (why != null && waiting > 0 && !groups.signingOutProperty().get()) {
            cutShort = ended;
            // the login screen says the batch is not lost, only waiting for the user
            why = errors.sessionEndedWithJobsLeft(why, waiting);
        }
        groups.dispose();
        groups.comebackHintProperty().unbindBidirectional(comebackHint);
        queueTitle.unbind();
        queueTitle.set("");
        listLoaded.unbind();
        listLoaded.set(false);
        listFilling.unbind();
        listFilling.set(false);
        groupsNotice.unbind();
        groupsNotice.set(null);
        groups = null;
        session.set(null);
        root.setCenter(loginView);
        login.sessionEnded(why);
        // logged out, or the server ended it (401): a kept token is of no use any more
        keep.forget(login.noticeProperty()::set);
    }
}
