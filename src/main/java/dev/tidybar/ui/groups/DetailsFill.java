package dev.tidybar.ui.groups;

import dev.tidybar.api.LoadProgress;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.RoomDetailsRead;
import dev.tidybar.api.RoomDetails;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.TaskRunner;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;

/**
 * Fills in the columns only {@code groups.list} knows (topic, members, last activity, team,
 * read-only) while the list is already in use: page by page as they arrive, paced by the route's
 * budget, which the closes do not share, so a spent {@code groups.list} budget never holds back a
 * close. One fill at a time; a rate limit too long for the client is counted down on the progress
 * line, then the fill goes on by itself.
 */
final class DetailsFill {

    private final RocketChatClient client;
    private final Session session;
    private final TaskRunner tasks;
    private final GroupList list;
    private final ErrorNotices errors;
    private final FailureBanners failures;
    private final SyncProgress progress;
    private final Countdown countdown;
    private final ObjectProperty<Notice> notice;
    private final BooleanSupplier active;

    private int generation;
    private boolean filling;
    private RunningTask running = RunningTask.DONE;
    private RunningTask longWait = RunningTask.DONE;

    /** @param active false once the session is over: nothing more is read */
    DetailsFill(RocketChatClient client, Session session, TaskRunner tasks, GroupList list, ErrorNotices errors,
                FailureBanners failures, SyncProgress progress, Countdown countdown, ObjectProperty<Notice> notice,
                BooleanSupplier active) {
        this.client = client;
        this.session = session;
        this.tasks = tasks;
        this.list = list;
        this.errors = errors;
        this.failures = failures;
        this.progress = progress;
        this.countdown = countdown;
        this.notice = notice;
        this.active = active;
    }

    /** Reads the room columns of every group, unless a fill is already running. */
    void fill() {
        if (!active.getAsBoolean() || filling) {
            return;
        }
        stopLongWait();
        int expected = list.size();
        if (expected == 0) {
            return;
        }
        filling = true;
        int current = ++generation;
        progress.start(SyncProgress.Phase.FILLING_IN, false);
        progress.count(SyncProgress.Phase.FILLING_IN, 0, expected);
        var task = tasks.run(() -> client.readRoomDetails(session, expected,
                        rooms -> tasks.report(() -> fillIn(current, rooms)), reporter(current)),
                read -> finished(current, read),
                failure -> failed(current, failure));
        if (filling && current == generation) {
            running = task;   // a same-thread runner has finished inside run()
        }
    }

    /** Drops the running fill or its wait, and whatever it still brings. */
    void stop() {
        generation++;
        running.cancel();
        running = RunningTask.DONE;
        filling = false;
        stopLongWait();
        progress.end(SyncProgress.Phase.FILLING_IN);
    }

    private LoadProgress reporter(int fill) {
        return new LoadProgress() {
            @Override
            public void update(int done, int total) {
                tasks.report(() -> {
                    if (fill == generation) {
                        progress.count(SyncProgress.Phase.FILLING_IN, done, total);
                    }
                });
            }

            @Override
            public void waitingUntil(Instant until) {
                tasks.report(() -> {
                    if (fill == generation) {
                        progress.waiting(SyncProgress.Phase.FILLING_IN, until);
                    }
                });
            }
        };
    }

    private void fillIn(int fill, List<RoomDetails> rooms) {
        if (fill == generation) {
            list.fillIn(rooms);
        }
    }

    private void finished(int fill, RoomDetailsRead read) {
        if (fill != generation) {
            return;
        }
        settle();
        progress.end(SyncProgress.Phase.FILLING_IN);
        if (read.capped()) {
            notice.set(errors.detailsCapped(read.rooms(), read.pages()));
        }
    }

    private void failed(int fill, Exception failure) {
        if (fill != generation) {
            return;
        }
        settle();
        if (failure instanceof RateLimitedException limited) {
            // too long for the client to wait out: the line counts down, then the fill goes on
            progress.waiting(SyncProgress.Phase.FILLING_IN, limited.resetAt());
            longWait = countdown.start(limited.resetAt(), secondsLeft -> { }, () -> {
                longWait = RunningTask.DONE;
                fill();
            });
            return;
        }
        progress.end(SyncProgress.Phase.FILLING_IN);
        failures.show(failure, problem -> errors.detailsFailure(problem, this::fill), this::fill);
    }

    private void settle() {
        filling = false;
        running = RunningTask.DONE;
    }

    private void stopLongWait() {
        longWait.cancel();
        longWait = RunningTask.DONE;
    }
}
