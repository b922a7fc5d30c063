package dev.tidybar.ui.groups;

import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.FxCountdown;
import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.queue.Batch;
import dev.tidybar.ui.queue.Job;
import dev.tidybar.ui.queue.QueueStore;
import dev.tidybar.ui.queue.WorkQueue;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The groups screen's state and commands: the list as the server last sent it, what the table
 * shows of it, the selection, the work queue's progress, the banner, and close, reopen, undo,
 * refresh and log out. Every call runs through the task runner; closes and reopens, one row's or a
 * whole selection's, go through one {@link WorkQueue}, and after each batch only what changed is read.
 */
public final class GroupsViewModel {

    private final UiText text;
    private final Session session;
    private final SessionEnd end;
    private final RelativeTime relativeTime;
    private final Banner banner;
    private final WorkQueue queue;
    private final Selection selection;
    private final QueueStatus queueStatus;
    private final SyncStatus syncStatus;
    private final QueueMemory memory;
    private final SyncProgress progress;
    private final DetailsFill details;
    private final ListSync sync;

    // Properties
    private final GroupList list = new GroupList();
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    /**
     * One wrapper for every caller: a wrapper holds its listeners but only weakly refers to the list it
     * wraps, so listeners added to a new wrapper each call stopped firing once it was collected.
     */
    private final ObservableList<GroupRow> shownRows = FXCollections.unmodifiableObservableList(list.shownRows());
    private final BooleanProperty comebackHint = new SimpleBooleanProperty(this, "comebackHint", true);

    /** {@code store} keeps the queue's jobs for the next sign-in should the app stop before they are done. */
    public GroupsViewModel(RocketChatClient client, TaskRunner tasks, ErrorNotices errors, UiText text, Clock clock,
                           Session session, Consumer<Notice> onSessionEnded, QueueStore store) {
        this(client, tasks, errors, text, clock, session, onSessionEnded, store, new FxCountdown(clock));
    }

    /** For tests: a hand-driven countdown makes a 429's automatic retry happen without waiting. */
    public GroupsViewModel(RocketChatClient client, TaskRunner tasks, ErrorNotices errors, UiText text, Clock clock,
                           Session session, Consumer<Notice> onSessionEnded, QueueStore store, Countdown countdown) {
        this.text = text;
        this.session = session;
        this.end = new SessionEnd(client, tasks, errors, session, this::stopWork, onSessionEnded);
        this.relativeTime = new RelativeTime(clock, text);
        this.banner = new Banner(errors, end::end);
        this.progress = new SyncProgress(countdown, text, clock.getZone());
        var work = new SessionWork(client, session, tasks, list, errors, banner, countdown, end::isActive);
        this.details = new DetailsFill(work, progress);
        this.sync = new ListSync(work, progress, details);
        this.syncStatus = new SyncStatus(sync, progress);
        this.selection = new Selection(list, clock);
        var feedback = new JobFeedback(list, banner, errors, text, sync::afterBatch, this::submit, comebackHint,
                tasks);
        this.queue = new WorkQueue(client, session, tasks, countdown, clock, feedback);
        this.queueStatus = new QueueStatus(queue, text, clock);
        this.memory = new QueueMemory(store, session, clock, queue, list, banner, text, this::submit);
        queue.progressProperty().addListener((observable, before, now) -> memory.save());
        memory.offerAfterTheFirstLoad(sync.loaded);
        emptyMessage.bind(new EmptyTableWords(list, sync, text));
    }

    // Properties

    /** The rows the table shows: the chosen visibility, narrowed by the filter. Sort it in the view. */
    public ObservableList<GroupRow> shownRows() {
        return shownRows;
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

    public ReadOnlyBooleanProperty signingOutProperty() {
        return end.signingOutProperty();
    }

    /** Loading, the room columns filling in, and their waits for the rate limit. */
    public SyncStatus sync() {
        return syncStatus;
    }

    /** Why the table is empty, in words; blank while it has rows. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** The banner; null when there is none. The banner bar sets it to null when dismissed. */
    public ObjectProperty<Notice> noticeProperty() {
        return banner.property();
    }

    /** True until the user picks "Don't show again" on a banner that says a hidden group comes back. */
    public BooleanProperty comebackHintProperty() {
        return comebackHint;
    }

    /** The ticks, and the commands that tick rows. */
    public Selection selection() {
        return selection;
    }

    /** The work queue's progress, in words and as a fraction, and its Cancel. */
    public QueueStatus queue() {
        return queueStatus;
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

    /**
     * The server ended this user's last session in the middle of a batch: once the list has loaded,
     * the jobs left go on without the usual "Resume?" offer. Call before {@link #load()}.
     */
    public void goOnWithoutAsking() {
        memory.goOnWithoutAsking();
    }

    /**
     * Reads the whole list from the server: what the screen does once, when it opens. Then it offers
     * to resume the jobs this user left on this workspace, if any.
     */
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

    /** Hides the row's group from the sidebar, ahead of any batch waiting in the queue, and unticks it. */
    public void close(GroupRow row) {
        submitFirst(JobKind.CLOSE, row);
    }

    /** Shows the row's hidden group in the sidebar again, ahead of any batch waiting in the queue, and unticks it. */
    public void reopen(GroupRow row) {
        submitFirst(JobKind.REOPEN, row);
    }

    /**
     * What the row's button does: close a visible group, reopen a hidden one, or, while the row's job
     * waits in the queue, cancel it.
     */
    public void rowAction(GroupRow row) {
        if (row.isWaiting()) {
            queue.cancel(row.id());
        } else if (row.isHidden()) {
            reopen(row);
        } else {
            close(row);
        }
    }

    /** Queues a close of every ticked group in the sidebar, and unticks them. */
    public void closeSelected() {
        submitSelected(JobKind.CLOSE);
    }

    /** Queues a reopen of every ticked hidden group, and unticks them. */
    public void reopenSelected() {
        submitSelected(JobKind.REOPEN);
    }

    /** What is left in the queue, the job on the wire first: saved on quitting, resumed at the next sign-in. */
    public List<Job> unfinishedJobs() {
        return queue.remaining();
    }

    /**
     * Ends the session on the server, then hands back to the login screen: at once when the server
     * confirms (a 401 confirms too: the session was over), with a word when it does not, and without
     * its answer when the user chooses not to wait.
     */
    public void logOut() {
        end.logOut(banner::show);
    }

    /** While logging out: stops waiting for the server's answer and leaves now, saying so. */
    public void leaveWithoutWaiting() {
        end.leaveWithoutWaiting();
    }

    /**
     * The screen is gone: the load, every close or reopen on its way or waiting, and their answers are
     * dropped, and no command sends anything any more. An answer from this session must never act on
     * the next one.
     */
    public void dispose() {
        end.dispose();
    }

    private void stopWork() {
        sync.stop();
        details.stop();
        queue.stop();
    }

    // Queueing

    private void submitFirst(JobKind kind, GroupRow row) {
        if (end.isActive() && !row.isBusy()) {
            // as a batch unticks its rows: a row closed on its own and left ticked went on, out of sight, to the
            // next "Reopen selected"
            selection.set(List.of(row), false);
            queue.submit(Batch.of(kind, List.of(jobFor(kind, row))), true);
        }
    }

    private void submitSelected(JobKind kind) {
        var rows = selection.rowsFor(kind);
        if (!end.isActive() || rows.isEmpty()) {
            return;
        }
        selection.set(rows, false);
        var free = rows.stream().filter(row -> !row.isBusy()).map(row -> jobFor(kind, row)).toList();
        if (!free.isEmpty()) {
            submit(Batch.of(kind, free));
        }
    }

    private void submit(Batch batch) {
        if (end.isActive() && batch.size() > 0) {
            queue.submit(batch, false);
        }
    }

    private static Job jobFor(JobKind kind, GroupRow row) {
        return new Job(kind, row.id(), row.displayName());
    }
}
