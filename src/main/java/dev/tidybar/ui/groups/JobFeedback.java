package dev.tidybar.ui.groups;

import dev.tidybar.api.NotLoggedInException;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.queue.Batch;
import dev.tidybar.ui.queue.Job;
import dev.tidybar.ui.queue.JobState;
import dev.tidybar.ui.queue.Outcome;
import dev.tidybar.ui.queue.WorkQueue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;

/**
 * What the groups screen shows of the work queue: each job on its row (waiting, on the wire, failed
 * and why), each answer in the list at once, and each batch's end in one banner: the outcome of a
 * single row's job, or a summary of a bigger batch with its Undo and "Retry failed". After a batch,
 * one delta brings whatever else changed.
 */
final class JobFeedback implements WorkQueue.Listener {

    private static final System.Logger LOG = System.getLogger(JobFeedback.class.getName());

    private final GroupList list;
    private final Banner banner;
    private final ErrorNotices errors;
    private final UiText text;
    private final Consumer<Notice.Action> readChanges;
    private final Consumer<Batch> submit;
    private final BooleanProperty comebackHint;
    private final TaskRunner tasks;
    /** Rooms whose answers came, and whether they are hidden now: moved together by {@link #moveRows()}. */
    private final Map<String, Boolean> toMove = new LinkedHashMap<>();

    /**
     * @param readChanges  reads what changed after a batch; should that fail, its banner offers the given Undo
     * @param submit       queues a new batch behind the others: what Undo and "Retry failed" do
     * @param comebackHint whether banners still say that a hidden group comes back; "Don't show again" clears it
     */
    JobFeedback(GroupList list, Banner banner, ErrorNotices errors, UiText text, Consumer<Notice.Action> readChanges,
                Consumer<Batch> submit, BooleanProperty comebackHint, TaskRunner tasks) {
        this.tasks = tasks;
        this.list = list;
        this.banner = banner;
        this.errors = errors;
        this.text = text;
        this.readChanges = readChanges;
        this.submit = submit;
        this.comebackHint = comebackHint;
    }

    @Override
    public void jobChanged(Job job, JobState state) {
        list.rowWithId(job.roomId()).ifPresent(row -> row.setJob(state));
    }

    @Override
    public void jobOver(Job job, Outcome outcome, Exception failure) {
        var row = list.rowWithId(job.roomId());
        if (outcome != Outcome.DONE && outcome != Outcome.ALREADY) {
            row.ifPresent(over -> over.setJob(null));
        }
        switch (outcome) {
            // the server's answer says what the group is now; the delta after the batch confirms the rest
            case DONE, ALREADY -> moveLater(job);
            case GONE -> list.remove(job.roomId());
            case FAILED -> row.ifPresent(failed -> failed.setFailure(reason(job, failure)));
            case CANCELLED -> { }
        }
    }

    /**
     * The answers of a window come a few milliseconds apart: their rows move together, in one change of a
     * list that may be 10,000 long, when the answers already in hand have been handled.
     */
    private void moveLater(Job job) {
        boolean first = toMove.isEmpty();
        toMove.put(job.roomId(), job.kind() == JobKind.CLOSE);
        if (first) {
            tasks.report(this::moveRows);
        }
    }

    private void moveRows() {
        var moving = new LinkedHashMap<>(toMove);
        toMove.clear();
        // the row's button leaves "Closing…" as the row moves, never showing Close on a group already closed;
        // a row the user has queued again meanwhile keeps its new job's state
        moving.keySet().forEach(roomId -> list.rowWithId(roomId)
                .filter(row -> row.jobProperty().get() == JobState.SENDING)
                .ifPresent(row -> row.setJob(null)));
        list.markHidden(moving);
    }

    @Override
    public void batchOver(Batch batch) {
        LOG.log(System.Logger.Level.INFO, "A batch of {0} {1} jobs is over: {2} done, {3} already so, {4} gone,"
                        + " {5} failed, {6} cancelled", batch.size(), batch.kind(), batch.count(Outcome.DONE),
                batch.count(Outcome.ALREADY), batch.count(Outcome.GONE), batch.count(Outcome.FAILED),
                batch.count(Outcome.CANCELLED));
        if (batch.count(Outcome.CANCELLED) == batch.size()) {
            return;
        }
        var undo = undoOf(batch);
        if (batch.size() == 1) {
            showOutcome(batch, undo);
        } else {
            banner.show(summary(batch, undo));
        }
        readChanges.accept(undo);
    }

    @Override
    public void sessionEnded(NotLoggedInException failure) {
        banner.endsTheSession(failure);
    }

    private void showOutcome(Batch batch, Notice.Action undo) {
        var job = batch.jobs().get(0);
        if (batch.count(Outcome.DONE) == 1) {
            banner.show(outcomeBanner(job, undo));
            return;
        }
        Runnable again = () -> submit.accept(Batch.of(job.kind(), List.of(job)));
        banner.showFailure(batch.answer(job), problem -> errors.jobFailure(problem, job.kind(), job.groupName(), again),
                again);
    }

    private Notice outcomeBanner(Job job, Notice.Action undo) {
        String done = job.kind() == JobKind.CLOSE ? "groups.closed" : "groups.reopened";
        String message = job.kind() == JobKind.CLOSE ? comebackWords() : text.get(done + ".message");
        var shown = Notice.of(Notice.Severity.SUCCESS, text.format(done + ".title", job.groupName()), message)
                .withActions(new Notice.Action(text.get("groups.undo"), undo.run()));
        return withHintOff(shown, job.kind(), () -> outcomeBanner(job, undo));
    }

    private Notice summary(Batch batch, Notice.Action undo) {
        boolean closing = batch.kind() == JobKind.CLOSE;
        int done = batch.count(Outcome.DONE);
        int failed = batch.count(Outcome.FAILED);
        var parts = new ArrayList<String>();
        addCount(parts, closing ? "batch.alreadyHidden" : "batch.alreadyShown", batch.count(Outcome.ALREADY));
        addCount(parts, "batch.gone", batch.count(Outcome.GONE));
        addCount(parts, "batch.failed", failed);
        addCount(parts, "batch.cancelled", batch.count(Outcome.CANCELLED));
        String message = String.join(" · ", parts);
        if (closing && done > 0 && comebackHint.get()) {
            String comeback = text.get("batch.comeback");
            message = message.isEmpty() ? comeback : message + ". " + comeback;
        }
        var shown = Notice.of(failed > 0 ? Notice.Severity.WARNING : Notice.Severity.SUCCESS,
                text.format(closing ? "batch.closed.title" : "batch.reopened.title", done, batch.size()), message);
        var details = new StringBuilder();
        batch.failures().forEach((job, why) -> details.append(text.format("batch.details.failed", job.groupName(),
                reason(job, why))).append('\n'));
        batch.jobsThatEnded(Outcome.GONE).forEach(job -> details.append(
                text.format("batch.details.gone", job.groupName())).append('\n'));
        if (!details.isEmpty()) {
            shown = shown.withDetails(details.toString().strip());
        }
        if (undo != null) {
            shown = shown.withActions(undo);
        }
        if (failed > 0) {
            var retry = Batch.retrying(batch);
            shown = shown.withActions(new Notice.Action(text.get("batch.retryFailed"), () -> submit.accept(retry)));
        }
        return withHintOff(shown, closing && done > 0 ? JobKind.CLOSE : JobKind.REOPEN, () -> summary(batch, undo));
    }

    /** Undo reopens what the batch closed (or closes what it reopened), through the queue. */
    private Notice.Action undoOf(Batch batch) {
        var done = batch.doneSoFar();
        var inverse = Batch.of(batch.kind().inverse(), done.stream().map(Job::inverse).toList());
        String label = done.size() == 1
                ? text.format(batch.kind() == JobKind.CLOSE ? "groups.undo.close" : "groups.undo.open",
                        done.get(0).groupName())
                : text.format(batch.kind() == JobKind.CLOSE ? "batch.undo.close" : "batch.undo.open", done.size());
        return done.isEmpty() ? null : new Notice.Action(label, () -> submit.accept(inverse));
    }

    private String comebackWords() {
        return comebackHint.get() ? text.get("groups.closed.message") : "";
    }

    /**
     * Said once: a banner that tells a hidden group comes back also offers to stop saying it. Choosing
     * that puts the same banner back without the hint, so its Undo stays at hand.
     */
    private Notice withHintOff(Notice shown, JobKind kind, Supplier<Notice> without) {
        return kind == JobKind.CLOSE && comebackHint.get()
                ? shown.withActions(new Notice.Action(text.get("batch.hint.off"), () -> {
                    comebackHint.set(false);
                    banner.show(without.get());
                }))
                : shown;
    }

    private void addCount(List<String> parts, String key, int count) {
        if (count > 0) {
            parts.add(text.format(key, count));
        }
    }

    /** One line on why {@code job} failed, as its banner would say it. */
    private String reason(Job job, Exception failure) {
        return failure instanceof RocketChatException problem
                ? errors.jobFailure(problem, job.kind(), job.groupName(), () -> { }).message()
                : String.valueOf(failure);
    }
}
