package dev.tidybar.ui.groups;

import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.FxCountdown;
import dev.tidybar.ui.common.GroupChange;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The groups screen's state and commands: the list as the server last sent it, what the table
 * shows of it, the banner, and close, reopen, undo, refresh and log out. Every call runs through
 * the task runner; after each close or reopen only what changed is read from the server.
 */
public final class GroupsViewModel {

    private static final System.Logger LOG = System.getLogger(GroupsViewModel.class.getName());

    private final RocketChatClient client;
    private final TaskRunner tasks;
    private final ErrorNotices errors;
    private final UiText text;
    private final Session session;
    private final Consumer<Notice> onSessionEnded;
    private final RelativeTime relativeTime;
    private final GroupActions actions;
    private final FailureBanners failures;
    private final GroupChanges changes;
    private final SyncProgress progress;
    private final DetailsFill details;
    private final ListSync sync;

    // Properties
    private final GroupList list = new GroupList();
    private final ReadOnlyBooleanWrapper signingOut = new ReadOnlyBooleanWrapper(this, "signingOut");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");

    private boolean ended;

    public GroupsViewModel(RocketChatClient client, TaskRunner tasks, ErrorNotices errors, UiText text, Clock clock,
                           Session session, Consumer<Notice> onSessionEnded) {
        this(client, tasks, errors, text, clock, session, onSessionEnded, new FxCountdown(clock));
    }

    /** For tests: a hand-driven countdown makes a 429's automatic retry happen without waiting. */
    public GroupsViewModel(RocketChatClient client, TaskRunner tasks, ErrorNotices errors, UiText text, Clock clock,
                           Session session, Consumer<Notice> onSessionEnded, Countdown countdown) {
        this.client = client;
        this.tasks = tasks;
        this.errors = errors;
        this.text = text;
        this.session = session;
        this.onSessionEnded = onSessionEnded;
        this.relativeTime = new RelativeTime(clock, text);
        this.actions = new GroupActions(client, session, tasks, countdown);
        this.failures = new FailureBanners(errors, notice, this::endSession);
        this.progress = new SyncProgress(countdown, text, clock.getZone());
        var work = new SessionWork(client, session, tasks, list, errors, failures, notice, countdown, this::isActive);
        this.details = new DetailsFill(work, progress);
        this.sync = new ListSync(work, progress, details);
        this.changes = new GroupChanges(list, actions, notice, errors, text, failures, sync::afterChange,
                this::isActive);
        emptyMessage.bind(Bindings.createStringBinding(this::describeEmptyTable, list.rows(), list.shownRows(),
                list.filterProperty(), list.visibilityProperty(), sync.loading, sync.loaded));
    }

    // Properties

    /** The rows the table shows: the chosen visibility, narrowed by the filter. Sort it in the view. */
    public ObservableList<GroupRow> shownRows() {
        return FXCollections.unmodifiableObservableList(list.shownRows());
    }

    /** Matches the display name, the name and the topic, ignoring case. */
    public StringProperty filterProperty() {
        return list.filterProperty();
    }

    public ObjectProperty<Visibility> visibilityProperty() {
        return list.visibilityProperty();
    }

    public ReadOnlyIntegerProperty visibleCountProperty() {
        return list.visibleCountProperty();
    }

    public ReadOnlyIntegerProperty hiddenCountProperty() {
        return list.hiddenCountProperty();
    }

    /** All groups, hidden included. */
    public int groupCount() {
        return list.rows().size();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return sync.loading.getReadOnlyProperty();
    }

    /** True once a load has succeeded. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return sync.loaded.getReadOnlyProperty();
    }

    /**
     * True while a rate limit too long for the client to wait out holds the next load back: the
     * progress area counts down, and Refresh waits for it too.
     */
    public ReadOnlyBooleanProperty waitingToLoadProperty() {
        return sync.waitingToLoad.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signingOutProperty() {
        return signingOut.getReadOnlyProperty();
    }

    /** True while the progress line has something to say: loading, filling in the room columns, or a wait. */
    public ReadOnlyBooleanProperty progressShownProperty() {
        return progress.shown.getReadOnlyProperty();
    }

    /** From 0 to 1 while filling in; negative (a busy bar) while there is nothing to count. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return progress.fraction.getReadOnlyProperty();
    }

    /** "Loading your groups…", then "Topics and members: 300 of 1,200", and any wait for the rate limit. */
    public ReadOnlyStringProperty loadProgressTextProperty() {
        return progress.words.getReadOnlyProperty();
    }

    /** The progress line whole, with the time a wait ends: for a line the window cuts short. */
    public ReadOnlyStringProperty loadProgressDetailsProperty() {
        return progress.wholeWords.getReadOnlyProperty();
    }

    /** Why the table is empty, in words; blank while it has rows. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** The banner; null when there is none. The banner bar sets it to null when dismissed. */
    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public String workspaceHost() {
        return session.workspace().host();
    }

    public String signedInUser() {
        String name = session.displayName();
        return name == null || name.equals(session.username())
                ? session.username() : text.format("groups.header.user", name, session.username());
    }

    /** How the table words the time of a group's last activity. */
    public RelativeTime relativeTime() {
        return relativeTime;
    }

    // Commands

    /** Reads the whole list from the server: what the screen does once, when it opens. */
    public void load() {
        sync.loadAll();
    }

    /**
     * Brings the list up to date: only what changed since the last read, then the room columns again
     * in the background. Before the first load has succeeded, reads the whole list.
     */
    public void refresh() {
        sync.refresh();
    }

    /** Hides the row's group from the sidebar; the row is busy until the server answers. */
    public void close(GroupRow row) {
        changes.change(MembershipRequest.of(GroupChange.CLOSE, row.group()));
    }

    /** Shows the row's hidden group in the sidebar again. */
    public void reopen(GroupRow row) {
        changes.change(MembershipRequest.of(GroupChange.OPEN, row.group()));
    }

    /**
     * What the row's button does: close a visible group, reopen a hidden one, or, while the row's
     * change waits for the server's rate limit, cancel that change.
     */
    public void rowAction(GroupRow row) {
        if (row.isWaiting()) {
            changes.cancelWait(row);
        } else if (row.isHidden()) {
            reopen(row);
        } else {
            close(row);
        }
    }

    /** Ends the session on the server (best effort), then hands back to the login screen. */
    public void logOut() {
        if (!isActive()) {
            return;
        }
        signingOut.set(true);
        stopWork();
        tasks.run(() -> {
            client.logout(session);
            return Boolean.TRUE;
        }, done -> endSession(null), failure -> {
            LOG.log(System.Logger.Level.INFO, "Logging out on the server failed; leaving anyway: {0}",
                    failure.getMessage());
            endSession(null);
        });
    }

    /**
     * The screen is gone: the load, every close or reopen on its way or waiting, and their answers are
     * dropped, and no command sends anything any more. An answer from this session must never act on
     * the next one.
     */
    public void dispose() {
        ended = true;
        stopWork();
    }

    // Session

    private boolean isActive() {
        return !ended && !signingOut.get();
    }

    private void stopWork() {
        sync.stop();
        details.stop();
        actions.cancelAll();
    }

    /** Signed out ({@code why} is null) or a 401: said once, however many answers bring the news. */
    private void endSession(Notice why) {
        if (ended) {
            return;
        }
        dispose();
        onSessionEnded.accept(why);
    }

    // Showing

    private String describeEmptyTable() {
        if (!list.shownRows().isEmpty()) {
            return "";
        }
        if (list.rows().isEmpty()) {
            return sync.loading.get() ? text.get("groups.loading")
                    : text.get(sync.loaded.get() ? "groups.empty.none" : "groups.empty.notLoaded");
        }
        if (list.filtering()) {
            String words = list.filterProperty().get().strip();
            int elsewhere = list.matchesNotShown();
            if (elsewhere == 0) {
                return text.format("groups.empty.noMatch", words);
            }
            boolean hiddenMatch = list.visibilityProperty().get() == Visibility.VISIBLE;
            return text.format(hiddenMatch ? "groups.empty.noMatch.hidden" : "groups.empty.noMatch.visible",
                    words, elsewhere);
        }
        boolean hiddenOnly = list.visibilityProperty().get() == Visibility.HIDDEN;
        return text.get(hiddenOnly ? "groups.empty.noHidden" : "groups.empty.noVisible");
    }
}
