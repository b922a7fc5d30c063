package dev.tidybar.ui.groups;

import dev.tidybar.api.BadRequestException;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.SubscriptionUpdate;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.RunningTask;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Keeps the list in step with the server for the fewest calls (contract §6, §7): the whole list from
 * one {@code subscriptions.get} at sign-in, then, after each close, reopen, undo or F5, only what
 * changed since the newest server time seen so far ({@code updatedSince}). The server's own times
 * are used, never this machine's clock. Everything is read again only at sign-in or when the server
 * rejects a delta. The room columns are {@link DetailsFill}'s work.
 *
 * <p>One call at a time: asked again while one runs, it makes one more delta after it, however
 * many closes asked. A rate limit too long for the client to wait out is counted down here, then
 * the read goes again: on the progress line, and while the list is still empty in a banner too. A
 * read that follows a close or reopen offers its Undo should it fail.
 */
final class ListSync {

    final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    final ReadOnlyBooleanWrapper waitingToLoad = new ReadOnlyBooleanWrapper(this, "waitingToLoad");

    private final SessionWork work;
    private final SyncProgress progress;
    private final DetailsFill details;
    private final Banner.Live waitBanner;

    /** The newest server time seen: what the next delta asks from. */
    private Instant newest;
    private int generation;
    private boolean reading;
    private boolean readAgain;
    private RunningTask running = RunningTask.DONE;
    private RunningTask longWait = RunningTask.DONE;
    /** The read a long rate-limit wait holds back; null when none does. */
    private SyncProgress.Phase waitingPhase;
    /** The Undo of the change that asked for the read, offered again should the read fail. */
    private Notice.Action undoIfItFails;

    ListSync(SessionWork work, SyncProgress progress, DetailsFill details) {
        this.work = work;
        this.progress = progress;
        this.details = details;
        this.waitBanner = work.banner().live();
    }

    /** Reads the whole list, then fills in the room columns: at sign-in. */
    void loadAll() {
        read(true, null);
    }

    /**
     * F5: what changed, and the room columns again. A read already running brings what changed, and
     * a fill already running goes on: pressing again asks the server for nothing more.
     */
    void refresh() {
        if (!reading) {
            readChanges(null);
        }
        if (loaded.get()) {
            details.fill();
        }
    }

    /** After a batch of closes or reopens: what changed; should that fail, its banner offers {@code undo}. */
    void afterBatch(Notice.Action undo) {
        readChanges(undo);
    }

    /** Drops the running read or wait, and its answer. */
    void stop() {
        generation++;
        running.cancel();
        running = RunningTask.DONE;
        reading = false;
        readAgain = false;
        loading.set(false);
        stopLongWait();
        progress.end(SyncProgress.Phase.LOADING);
        progress.end(SyncProgress.Phase.UPDATING);
    }

    private void readChanges(Notice.Action undo) {
        read(!loaded.get() || newest == null, undo);
    }

    private void read(boolean all, Notice.Action undo) {
        if (!work.isActive()) {
            return;
        }
        if (undo != null) {
            undoIfItFails = undo;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        stopLongWait();
        reading = true;
        int current = ++generation;
        var phase = all ? SyncProgress.Phase.LOADING : SyncProgress.Phase.UPDATING;
        // a delta is one quick call: the line speaks of it only while it waits for the rate limit
        progress.start(phase, !all);
        loading.set(all);
        var reporter = progress.reporter(phase, work.tasks(), () -> current == generation);
        var since = newest;
        // a whole list comes in the table's first order: taking it in then costs the FX thread no sort
        var task = work.tasks().run(() -> all
                        ? GroupList.inNameOrder(work.client().readGroups(work.session(), reporter))
                        : work.client().readGroupsChangedSince(work.session(), since, reporter),
                update -> done(current, phase, update),
                failure -> failed(current, phase, all, failure));
        if (reading && current == generation) {
            running = task;   // a same-thread runner has finished inside run()
        }
    }

    private void done(int read, SyncProgress.Phase phase, SubscriptionUpdate update) {
        if (read != generation) {
            return;
        }
        settle(phase);
        undoIfItFails = null;
        var added = work.list().apply(update);
        if (update.newest() != null && (newest == null || update.newest().isAfter(newest))) {
            newest = update.newest();
        }
        loaded.set(true);
        if (update.full()) {
            details.fill();
        } else if (!added.isEmpty()) {
            details.fillNew(added);
        }
        if (readAgain) {
            readAgain = false;
            readChanges(null);
        }
    }

    private void failed(int read, SyncProgress.Phase phase, boolean all, Exception failure) {
        if (read != generation) {
            return;
        }
        settle(phase);
        readAgain = false;
        var undo = undoIfItFails;
        undoIfItFails = null;
        if (!all && failure instanceof BadRequestException) {
            // the server rejected the delta: read everything once
            read(true, undo);
            return;
        }
        if (failure instanceof RateLimitedException limited && !limited.tooLongToWait()) {
            // the client waits out short resets itself; this one it handed back: count down, then read again.
            // Only an empty screen gets a banner: after a close the row already shows the server's answer,
            // and the banner keeps the close's Undo
            waitingToLoad.set(true);
            waitingPhase = phase;
            progress.start(phase, false);
            progress.waiting(phase, limited.resetAt());
            longWait = work.countdown().start(limited.resetAt(), secondsLeft -> {
                if (all) {
                    waitBanner.tick(withUndo(work.errors().listingRateLimited(limited, secondsLeft, this::stopLongWait),
                            undo));
                }
            }, () -> {
                longWait = RunningTask.DONE;
                endLongWait();
                read(all, undo);
            });
            return;
        }
        Runnable again = () -> read(all, null);
        work.banner().showFailure(failure, problem -> withUndo(work.errors().listingFailure(problem, again), undo),
                again);
    }

    private void settle(SyncProgress.Phase phase) {
        reading = false;
        running = RunningTask.DONE;
        loading.set(false);
        progress.end(phase);
    }

    private void stopLongWait() {
        longWait.cancel();
        longWait = RunningTask.DONE;
        endLongWait();
    }

    private void endLongWait() {
        if (waitingPhase != null) {
            progress.end(waitingPhase);
            waitingPhase = null;
        }
        waitBanner.end();
        waitingToLoad.set(false);
    }

    private static Notice withUndo(Notice banner, Notice.Action undo) {
        return undo == null ? banner : banner.withActions(undo);
    }
}
