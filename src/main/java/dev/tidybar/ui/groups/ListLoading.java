package dev.tidybar.ui.groups;

import dev.tidybar.api.LoadProgress;
import dev.tidybar.api.PrivateGroup;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Loading the list from the server, one load at a time: its progress in words, the client's own
 * pauses for the rate limit, and a rate limit too long for the client, which is counted down and
 * then loaded again. A load that follows a close or reopen keeps that change's Undo within reach
 * should it fail.
 */
final class ListLoading {

    final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    final ReadOnlyBooleanWrapper waitingToLoad = new ReadOnlyBooleanWrapper(this, "waitingToLoad");
    final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");

    private final RocketChatClient client;
    private final Session session;
    private final TaskRunner tasks;
    private final GroupList list;
    private final ErrorNotices errors;
    private final UiText text;
    private final FailureBanners failures;
    private final BooleanSupplier active;
    private final RateLimitWait pause;
    private final LiveBanner pauseBanner;
    private RunningTask running = RunningTask.DONE;
    private int generation;
    /** The Undo of the change that started the running load, offered again should that load fail. */
    private Notice.Action undoIfItFails;

    /** @param active false once the session is over: nothing more is loaded */
    ListLoading(RocketChatClient client, Session session, TaskRunner tasks, GroupList list, ErrorNotices errors,
                UiText text, FailureBanners failures, ObjectProperty<Notice> notice, Countdown countdown,
                BooleanSupplier active) {
        this.client = client;
        this.session = session;
        this.tasks = tasks;
        this.list = list;
        this.errors = errors;
        this.text = text;
        this.failures = failures;
        this.active = active;
        this.pause = new RateLimitWait(countdown, text, progressText);
        this.pauseBanner = new LiveBanner(notice);
    }

    /** Loads the list, dropping a load already running; {@code undo}, if any, is offered should it fail. */
    void load(Notice.Action undo) {
        if (!active.getAsBoolean()) {
            return;
        }
        stop();
        undoIfItFails = undo;
        int current = ++generation;
        loading.set(true);
        progress.set(GroupsViewModel.PROGRESS_UNKNOWN);
        progressText.set(text.get("groups.loading"));
        running = tasks.run(() -> client.listPrivateGroups(session, progressOf(current)),
                groups -> show(current, groups),
                failure -> failed(current, failure));
    }

    /** Drops the running load or wait, and its answer. */
    void stop() {
        running.cancel();
        running = RunningTask.DONE;
        stopWaiting();
        loading.set(false);
    }

    private void stopWaiting() {
        pause.stop();
        pauseBanner.end();
        waitingToLoad.set(false);
    }

    /** Hands the client's reports, made on a worker thread, over to this load (if it is still the current one). */
    private LoadProgress progressOf(int load) {
        return new LoadProgress() {
            @Override
            public void update(int done, int total) {
                tasks.report(() -> showProgress(load, done, total));
            }

            @Override
            public void waitingUntil(Instant until) {
                tasks.report(() -> showPause(load, until));
            }
        };
    }

    private void showProgress(int load, int done, int total) {
        if (load == generation && loading.get() && total > 0) {
            pause.stop();
            progress.set(Math.min(1.0, (double) done / total));
            progressText.set(text.format("groups.loading.progress", done, total));
        }
    }

    /** The client waits out the rate limit by itself; say so, then carry on saying "Loading". */
    private void showPause(int load, Instant until) {
        if (load == generation && loading.get()) {
            pause.start(until, secondsLeft -> { }, () -> progressText.set(text.get("groups.loading")));
        }
    }

    private void show(int load, List<PrivateGroup> groups) {
        if (load != generation) {
            return;
        }
        pause.stop();
        undoIfItFails = null;
        list.replaceWith(groups);
        loading.set(false);
        loaded.set(true);
    }

    private void failed(int load, Exception failure) {
        if (load != generation) {
            return;
        }
        var undo = undoIfItFails;
        undoIfItFails = null;
        pause.stop();
        loading.set(false);
        if (failure instanceof RateLimitedException limited) {
            // the client waits out short resets itself; this one it handed back: count down, then load again
            waitingToLoad.set(true);
            progress.set(0);
            pause.start(limited.resetAt(), secondsLeft -> pauseBanner.tick(withUndo(
                    errors.listingRateLimited(limited, secondsLeft, this::stopWaiting), undo)),
                    () -> load(undo));
            return;
        }
        failures.show(failure, problem -> withUndo(errors.listingFailure(problem, () -> load(null)), undo),
                () -> load(null));
    }

    private static Notice withUndo(Notice banner, Notice.Action undo) {
        return undo == null ? banner : banner.withActions(undo);
    }
}
