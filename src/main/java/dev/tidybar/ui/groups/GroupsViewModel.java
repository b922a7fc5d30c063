package dev.tidybar.ui.groups;

import dev.tidybar.api.LoadProgress;
import dev.tidybar.api.PrivateGroup;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.FxCountdown;
import dev.tidybar.ui.common.GroupChange;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
 * the task runner; after each close or reopen the list is reloaded from the server.
 */
public final class GroupsViewModel {

    private static final System.Logger LOG = System.getLogger(GroupsViewModel.class.getName());

    /** What {@link #loadProgressProperty()} holds while the total is not known yet. */
    public static final double PROGRESS_UNKNOWN = -1;

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
    private final RateLimitWait loadWait;
    private final LiveBanner loadWaitBanner;

    // Properties
    private final GroupList list = new GroupList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper waitingToLoad = new ReadOnlyBooleanWrapper(this, "waitingToLoad");
    private final ReadOnlyBooleanWrapper signingOut = new ReadOnlyBooleanWrapper(this, "signingOut");
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper(this, "loadProgress");
    private final ReadOnlyStringWrapper loadProgressText = new ReadOnlyStringWrapper(this, "loadProgressText", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");

    private RunningTask loadTask = RunningTask.DONE;
    private int loadGeneration;
    /** The Undo of the change that started the running reload, offered again should that reload fail. */
    private Notice.Action undoIfReloadFails;
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
        this.changes = new GroupChanges(list, actions, notice, errors, text, failures, this::reload, this::isActive);
        this.loadWait = new RateLimitWait(countdown, text, loadProgressText);
        this.loadWaitBanner = new LiveBanner(notice);
        emptyMessage.bind(Bindings.createStringBinding(this::describeEmptyTable, list.rows(), list.shownRows(),
                list.filterProperty(), list.visibilityProperty(), loading, loaded));
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
        return loading.getReadOnlyProperty();
    }

    /** True once a load has succeeded. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /**
     * True while a rate limit too long for the client to wait out holds the next load back: the
     * progress area counts down, and Refresh waits for it too.
     */
    public ReadOnlyBooleanProperty waitingToLoadProperty() {
        return waitingToLoad.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signingOutProperty() {
        return signingOut.getReadOnlyProperty();
    }

    /** From 0 to 1 while loading, or {@link #PROGRESS_UNKNOWN} before the server has said how many there are. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    /** "Loading your groups…", then "300 of 1,200". */
    public ReadOnlyStringProperty loadProgressTextProperty() {
        return loadProgressText.getReadOnlyProperty();
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

    /** (Re)loads the list from the server. A load already running is dropped in favour of this one. */
    public void refresh() {
        reload(null);
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

    // Loading

    private boolean isActive() {
        return !ended && !signingOut.get();
    }

    private void stopWork() {
        loadTask.cancel();
        loadTask = RunningTask.DONE;
        stopWaitingToLoad();
        actions.cancelAll();
        loading.set(false);
    }

    private void stopWaitingToLoad() {
        loadWait.stop();
        loadWaitBanner.end();
        waitingToLoad.set(false);
    }

    /** Signed out ({@code why} is null) or a 401: said once, however many answers bring the news. */
    private void endSession(Notice why) {
        if (ended) {
            return;
        }
        dispose();
        onSessionEnded.accept(why);
    }

    /** Loads the list; {@code undo}, if any, is offered again should this load fail. */
    private void reload(Notice.Action undo) {
        if (!isActive()) {
            return;
        }
        undoIfReloadFails = undo;
        loadTask.cancel();
        stopWaitingToLoad();
        int generation = ++loadGeneration;
        loading.set(true);
        loadProgress.set(PROGRESS_UNKNOWN);
        loadProgressText.set(text.get("groups.loading"));
        loadTask = tasks.run(() -> client.listPrivateGroups(session, progressOf(generation)),
                groups -> showGroups(generation, groups),
                failure -> loadFailed(generation, failure));
    }

    /** Hands the client's reports, made on a worker thread, over to this load (if it is still the current one). */
    private LoadProgress progressOf(int generation) {
        return new LoadProgress() {
            @Override
            public void update(int loaded, int total) {
                tasks.report(() -> showProgress(generation, loaded, total));
            }

            @Override
            public void waitingUntil(Instant until) {
                tasks.report(() -> showPause(generation, until));
            }
        };
    }

    private void showProgress(int generation, int done, int total) {
        if (generation == loadGeneration && loading.get() && total > 0) {
            loadWait.stop();
            loadProgress.set(Math.min(1.0, (double) done / total));
            loadProgressText.set(text.format("groups.loading.progress", done, total));
        }
    }

    /** The client waits out the rate limit by itself; say so, then carry on saying "Loading". */
    private void showPause(int generation, Instant until) {
        if (generation == loadGeneration && loading.get()) {
            loadWait.start(until, secondsLeft -> { }, () -> loadProgressText.set(text.get("groups.loading")));
        }
    }

    private void showGroups(int generation, List<PrivateGroup> groups) {
        if (generation != loadGeneration) {
            return;
        }
        undoIfReloadFails = null;
        list.replaceWith(groups);
        loading.set(false);
        loaded.set(true);
    }

    private void loadFailed(int generation, Exception failure) {
        if (generation != loadGeneration) {
            return;
        }
        var undo = undoIfReloadFails;
        loading.set(false);
        if (failure instanceof RateLimitedException limited) {
            // the client waits out short resets itself; this one it handed back: count down, then load again
            waitingToLoad.set(true);
            loadProgress.set(0);
            loadWait.start(limited.resetAt(), secondsLeft -> loadWaitBanner.tick(withUndo(
                    errors.listingRateLimited(limited, secondsLeft, this::stopWaitingToLoad), undo)),
                    () -> reload(undo));
            return;
        }
        undoIfReloadFails = null;
        failures.show(failure, problem -> withUndo(errors.listingFailure(problem, this::refresh), undo), this::refresh);
    }

    private static Notice withUndo(Notice banner, Notice.Action undo) {
        return undo == null ? banner : banner.withActions(undo);
    }

    // Showing

    private String describeEmptyTable() {
        if (!list.shownRows().isEmpty()) {
            return "";
        }
        if (list.rows().isEmpty()) {
            return loading.get() ? text.get("groups.loading")
                    : text.get(loaded.get() ? "groups.empty.none" : "groups.empty.notLoaded");
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
