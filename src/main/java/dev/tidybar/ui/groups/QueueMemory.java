package dev.tidybar.ui.groups;

import dev.tidybar.api.Session;
import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.queue.Batch;
import dev.tidybar.ui.queue.Job;
import dev.tidybar.ui.queue.QueueStore;
import dev.tidybar.ui.queue.SavedQueue;
import dev.tidybar.ui.queue.WorkQueue;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Keeps the queue's jobs in the {@link QueueStore} as they go, so quitting, a crash or a 401 loses
 * none but the one on the wire; and, once the list has loaded at the next sign-in of the same user on
 * the same workspace, offers what was left: "Resume 128 closes?". Jobs the list shows done already
 * (the group hidden, or gone) are dropped first: that is how the one on the wire is checked.
 */
final class QueueMemory {

    private final QueueStore store;
    private final Session session;
    private final Clock clock;
    private final WorkQueue queue;
    private final GroupList list;
    private final Banner banner;
    private final UiText text;
    private final Consumer<Batch> submit;
    /** Saved jobs offered but not resumed or discarded yet: kept in the store meanwhile. */
    private List<Job> offered = List.of();
    private Instant offeredSince;
    /** What the store holds for this session, as last saved; null before the first save. */
    private List<Job> lastSaved;
    private boolean withoutAsking;
    private boolean offeredAlready;

    QueueMemory(QueueStore store, Session session, Clock clock, WorkQueue queue, GroupList list, Banner banner,
                UiText text, Consumer<Batch> submit) {
        this.store = store;
        this.session = session;
        this.clock = clock;
        this.queue = queue;
        this.list = list;
        this.banner = banner;
        this.text = text;
        this.submit = submit;
    }

    /** Saves what is left: the queue's jobs, and any still offered. */
    void save() {
        var jobs = new LinkedHashMap<String, Job>();
        queue.remaining().forEach(job -> jobs.put(job.roomId(), job));
        offered.forEach(job -> jobs.putIfAbsent(job.roomId(), job));
        var left = List.copyOf(jobs.values());
        if (left.equals(lastSaved)) {
            // the queue's progress changes every second while it waits: the file only when the jobs do
            return;
        }
        lastSaved = left;
        // jobs only offered keep the time they were left at, which is what the next offer says
        var savedAt = queue.remaining().isEmpty() && !offered.isEmpty() ? offeredSince : clock.instant();
        store.save(new SavedQueue(workspace(), session.userId(), savedAt, left));
    }

    /** The server ended this user's last session mid-batch: what it left goes on without the offer. */
    void goOnWithoutAsking() {
        withoutAsking = true;
    }

    /** Once {@code loaded} first turns true, offers (or goes on with) what the last session left. */
    void offerAfterTheFirstLoad(ObservableBooleanValue loaded) {
        loaded.addListener((observable, was, now) -> {
            if (now && !offeredAlready) {
                offeredAlready = true;
                offerWhatWasLeft();
            }
        });
    }

    /** After the first load: what the last session left, if anything; it goes on at once when told to. */
    private void offerWhatWasLeft() {
        var saved = store.load(workspace(), session.userId());
        if (saved.isEmpty()) {
            return;
        }
        var needed = saved.get().jobs().stream().filter(this::stillNeeded).toList();
        int doneMeanwhile = saved.get().jobs().size() - needed.size();
        offered = needed;
        offeredSince = saved.get().savedAt();
        save();
        if (needed.isEmpty()) {
            return;
        }
        if (withoutAsking) {
            resume();
            return;
        }
        int closes = (int) needed.stream().filter(job -> job.kind() == JobKind.CLOSE).count();
        int reopens = needed.size() - closes;
        String title = closes > 0 && reopens > 0 ? text.format("resume.both.title", closes, reopens)
                : text.format(closes > 0 ? "resume.closes.title" : "resume.reopens.title", needed.size());
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withZone(clock.getZone())
                .format(saved.get().savedAt());
        String message = text.format("resume.message", when)
                + (doneMeanwhile > 0 ? " " + text.format("resume.doneMeanwhile", doneMeanwhile) : "");
        banner.show(Notice.of(Notice.Severity.INFO, title, message).withActions(
                new Notice.Action(text.get("resume.resume"), this::resume),
                new Notice.Action(text.get("resume.discard"), this::discard)));
    }

    private void resume() {
        var jobs = offered;
        offered = List.of();
        for (var kind : JobKind.values()) {
            var ofKind = jobs.stream().filter(job -> job.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                submit.accept(Batch.of(kind, ofKind));
            }
        }
        save();
    }

    private void discard() {
        offered = List.of();
        save();
    }

    /** False when the list shows the job done already, or its group gone. */
    private boolean stillNeeded(Job job) {
        return list.rowWithId(job.roomId()).map(row -> row.isHidden() != (job.kind() == JobKind.CLOSE))
                .orElse(false);
    }

    private String workspace() {
        return session.workspace().base().toString();
    }
}
