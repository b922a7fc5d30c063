package dev.tidybar.ui.groups;

import dev.tidybar.api.GroupNotFoundException;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.api.RoomDetailsRead;
import dev.tidybar.api.RoomDetails;
import dev.tidybar.ui.common.RunningTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Fills in the columns only {@code groups.list} knows (topic, members, last activity, team,
 * read-only) while the list is already in use: page by page as they arrive, paced by the route's
 * budget, which the closes do not share, so a spent {@code groups.list} budget never holds back a
 * close. One fill at a time; a rate limit too long for the client is counted down on the progress
 * line, then the fill goes on by itself.
 */
final class DetailsFill {

    private static final System.Logger LOG = System.getLogger(DetailsFill.class.getName());
    /** Up to this many new groups are read one by one; more cost less as a whole fill. */
    private static final int FEW_NEW_GROUPS = 10;

    private final SessionWork work;
    private final SyncProgress progress;

    private int generation;
    private boolean filling;
    private RunningTask running = RunningTask.DONE;
    private RunningTask longWait = RunningTask.DONE;
    private RunningTask readingNew = RunningTask.DONE;

    DetailsFill(SessionWork work, SyncProgress progress) {
        this.work = work;
        this.progress = progress;
    }

    /** Reads the room columns of every group, unless a fill is already running. */
    void fill() {
        if (!work.isActive() || filling) {
            return;
        }
        stopLongWait();
        int expected = work.list().size();
        if (expected == 0) {
            return;
        }
        filling = true;
        int current = ++generation;
        progress.start(SyncProgress.Phase.FILLING_IN, false);
        progress.count(SyncProgress.Phase.FILLING_IN, 0, expected);
        // the pages' readers start once the table has laid out the rows the list brought: they would take the
        // cores that first layout needs, and the window would stand still for seconds on a two-core machine
        work.tasks().afterNextFrame(() -> read(current, expected));
    }

    private void read(int fill, int expected) {
        if (fill != generation) {
            return;
        }
        var reporter = progress.reporter(SyncProgress.Phase.FILLING_IN, work.tasks(), () -> fill == generation);
        var task = work.tasks().run(() -> work.client().readRoomDetails(work.session(), expected,
                        handOver(fill), reporter),
                read -> finished(fill, read),
                failure -> failed(fill, failure));
        if (filling && fill == generation) {
            running = task;   // a same-thread runner has finished inside run()
        }
    }

    /**
     * Fills in the columns of groups a delta added: one {@code groups.info} each for a few, a whole
     * fill for more. Best effort: a group gone meanwhile, or a call that fails, keeps its "…" until the
     * next F5; only a 401 is said, since it ends the session.
     */
    void fillNew(List<String> roomIds) {
        if (roomIds.size() > FEW_NEW_GROUPS) {
            fill();
            return;
        }
        int current = generation;
        // an earlier delta's groups may still be on their way: they go on (ten calls at the most)
        readingNew = work.tasks().run(() -> {
            for (String roomId : roomIds) {
                readOne(roomId).ifPresent(details -> work.tasks().report(() -> fillIn(current, List.of(details))));
            }
            return roomIds.size();
        }, read -> { }, failure -> {
            if (!work.banner().endsTheSession(failure)) {
                LOG.log(System.Logger.Level.INFO, "Columns of new groups not read: {0}", failure.getMessage());
            }
        });
    }

    private Optional<RoomDetails> readOne(String roomId) throws RocketChatException {
        try {
            return Optional.of(work.client().readRoomDetails(work.session(), roomId));
        } catch (GroupNotFoundException gone) {
            return Optional.empty();
        }
    }

    /** Drops the running fill or its wait, and whatever it still brings. */
    void stop() {
        generation++;
        running.cancel();
        running = RunningTask.DONE;
        readingNew.cancel();
        readingNew = RunningTask.DONE;
        filling = false;
        stopLongWait();
        progress.end(SyncProgress.Phase.FILLING_IN);
    }

    /**
     * Hands the pages a worker reads over to the FX thread, several at once when they come faster than
     * it takes them in: each hand-over sorts the table once, however many pages it brings.
     */
    private Consumer<List<RoomDetails>> handOver(int fill) {
        var arrived = new ConcurrentLinkedQueue<List<RoomDetails>>();
        var handingOver = new AtomicBoolean();
        return rooms -> {
            arrived.add(rooms);
            if (handingOver.compareAndSet(false, true)) {
                work.tasks().report(() -> {
                    handingOver.set(false);
                    var all = new ArrayList<RoomDetails>();
                    for (List<RoomDetails> page; (page = arrived.poll()) != null; ) {
                        all.addAll(page);
                    }
                    fillIn(fill, all);
                });
            }
        };
    }

    private void fillIn(int fill, List<RoomDetails> rooms) {
        if (fill == generation) {
            work.list().fillIn(rooms);
        }
    }

    private void finished(int fill, RoomDetailsRead read) {
        if (fill != generation) {
            return;
        }
        settle();
        // the outcome first, then the progress line goes: whoever waits for the line sees the banner with it
        if (read.capped()) {
            work.banner().show(work.errors().detailsCapped(read.rooms(), read.pages()));
        }
        progress.end(SyncProgress.Phase.FILLING_IN);
    }

    private void failed(int fill, Exception failure) {
        if (fill != generation) {
            return;
        }
        settle();
        if (failure instanceof RateLimitedException limited && !limited.tooLongToWait()) {
            // too long for the client to wait out: the line counts down, then the fill goes on
            progress.waiting(SyncProgress.Phase.FILLING_IN, limited.resetAt());
            longWait = work.countdown().start(limited.resetAt(), secondsLeft -> { }, () -> {
                longWait = RunningTask.DONE;
                fill();
            });
            return;
        }
        work.banner().showFailure(failure, problem -> work.errors().detailsFailure(problem, this::fill), this::fill);
        progress.end(SyncProgress.Phase.FILLING_IN);
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
