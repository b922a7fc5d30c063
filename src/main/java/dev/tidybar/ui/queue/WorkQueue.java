package dev.tidybar.ui.queue;

import dev.tidybar.api.AlreadyClosedException;
import dev.tidybar.api.AlreadyOpenException;
import dev.tidybar.api.GroupNotFoundException;
import dev.tidybar.api.MalformedResponseException;
import dev.tidybar.api.NetworkException;
import dev.tidybar.api.NotLoggedInException;
import dev.tidybar.api.RateLimit;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.ServerErrorException;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one way closes and reopens reach the server: jobs keyed by room id, sent one at a time in
 * the order given, at the pace the server's rate limit allows (contract §7).
 * <ul>
 *   <li>A job the route's budget would refuse is not sent: the client hands it back at once, and the
 *       queue waits exactly until the window resets. So at most one 429 a window reaches the server.</li>
 *   <li>A server failure, an HTML page or a network failure is retried after 2, 4 and 8 s, then the job
 *       fails with its reason. Any other 4xx is never retried.</li>
 *   <li>"Already closed" or "already open" counts as done ({@link Outcome#ALREADY}), "not found" as gone.</li>
 *   <li>A 401 stops the queue with its job still first: {@link #remaining()} is what a new sign-in resumes.</li>
 * </ul>
 * One call is on the wire at a time, so a room never has two, and a job whose answer came is never sent
 * again. Every method and every {@link Listener} call runs on the FX thread.
 */
public final class WorkQueue {

    /** What becomes of the jobs. Every method runs on the FX thread. */
    public interface Listener {

        /** {@code job} is waiting for its turn, or on the wire. */
        void jobChanged(Job job, JobState state);

        /** {@code job} is over; {@code failure} says why when it {@link Outcome#FAILED}. */
        void jobOver(Job job, Outcome outcome, Exception failure);

        /** The last job of {@code batch} is over. */
        void batchOver(Batch batch);

        /** The server ended the session: the queue has stopped, and {@link #remaining()} keeps what is left. */
        void sessionEnded(NotLoggedInException failure);
    }

    private static final System.Logger LOG = System.getLogger(WorkQueue.class.getName());
    static final int MOST_RETRIES = 3;
    private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(2);

    private record Entry(Job job, Batch batch, int retries) {
    }

    private record Pause(Instant until, RunningTask timer) {
    }

    private final RocketChatClient client;
    private final Session session;
    private final TaskRunner tasks;
    private final Countdown countdown;
    private final Clock clock;
    private final Listener listener;
    private final Pace pace = new Pace();
    private final Deque<Entry> queued = new ArrayDeque<>();
    /** Every job not over yet, queued or on the wire, by room id. */
    private final Map<String, Entry> pending = new HashMap<>();
    private final ReadOnlyObjectWrapper<QueueProgress> progress =
            new ReadOnlyObjectWrapper<>(this, "progress", QueueProgress.IDLE);
    private Entry sending;
    /** The user cancelled the rest while {@link #sending} was on the wire: its answer ends it, whatever it is. */
    private boolean sendingCancelled;
    private RunningTask call = RunningTask.DONE;
    /** Closes and reopens are separate routes with separate budgets: a spent one holds back only its kind. */
    private final Map<JobKind, Pause> limited = new EnumMap<>(JobKind.class);
    /** A back-off after a server or network failure: it holds back every job. */
    private Pause backOff;
    private boolean stopped;
    private boolean signedOut;
    private final RunTally tally = new RunTally();

    public WorkQueue(RocketChatClient client, Session session, TaskRunner tasks, Countdown countdown, Clock clock,
                     Listener listener) {
        this.client = client;
        this.session = session;
        this.tasks = tasks;
        this.countdown = countdown;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Queues the batch's jobs: behind the others, or, for {@code first} (one row's button), ahead of
     * every job still waiting. A job for a room that already has one pending is not queued: it ends as
     * {@link Outcome#CANCELLED}, so nothing is ever sent twice.
     */
    public void submit(Batch batch, boolean first) {
        if (stopped) {
            return;
        }
        var entries = new ArrayList<Entry>();
        var duplicates = new ArrayList<Job>();
        for (var job : batch.jobs()) {
            if (pending.containsKey(job.roomId())) {
                duplicates.add(job);
            } else {
                var entry = new Entry(job, batch, 0);
                pending.put(job.roomId(), entry);
                entries.add(entry);
            }
        }
        if (first) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                queued.addFirst(entries.get(i));
            }
        } else {
            queued.addAll(entries);
        }
        tally.add(batch.kind(), batch.size());
        LOG.log(System.Logger.Level.INFO, "Queued {0} {1} jobs ({2} already pending), {3} in the queue now",
                entries.size(), batch.kind(), duplicates.size(), queued.size());
        entries.forEach(entry -> listener.jobChanged(entry.job(), JobState.WAITING));
        duplicates.forEach(job -> end(new Entry(job, batch, 0), Outcome.CANCELLED, null));
        sendNext();
        publish();
    }

    /** Drops the job for {@code roomId} if it has not been sent; the one on the wire is past recall. */
    public void cancel(String roomId) {
        var entry = pending.get(roomId);
        if (entry != null && entry != sending) {
            queued.remove(entry);
            end(entry, Outcome.CANCELLED, null);
            endIdlePauses();
            publish();
        }
    }

    /** Drops every job not sent yet; the one on the wire still ends with the server's answer, never sent again. */
    public void cancelWaiting() {
        sendingCancelled = sending != null;
        var dropped = List.copyOf(queued);
        queued.clear();
        dropped.forEach(entry -> end(entry, Outcome.CANCELLED, null));
        endIdlePauses();
        publish();
    }

    /** Every job not over, the one on the wire first: what is saved, and what a new sign-in resumes. */
    public List<Job> remaining() {
        var left = new ArrayList<Job>();
        if (sending != null) {
            left.add(sending.job());
        }
        queued.forEach(entry -> left.add(entry.job()));
        return left;
    }

    /** Sends nothing more and drops every answer still to come: the session is over. */
    public void stop() {
        stopped = true;
        call.cancel();
        if (backOff != null) {
            backOff.timer().cancel();
            backOff = null;
        }
        limited.values().forEach(pause -> pause.timer().cancel());
        limited.clear();
    }

    public ReadOnlyObjectProperty<QueueProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private void sendNext() {
        if (stopped || sending != null || backOff != null) {
            return;
        }
        var next = queued.stream().filter(entry -> !limited.containsKey(entry.job().kind())).findFirst();
        if (next.isEmpty()) {
            return;
        }
        var entry = next.get();
        queued.remove(entry);
        sending = entry;
        listener.jobChanged(entry.job(), JobState.SENDING);
        var job = entry.job();
        var sentAt = clock.instant();
        // a same-thread runner answers inside run(): only a call still unanswered keeps its handle
        var task = tasks.run(() -> job.kind() == JobKind.CLOSE ? client.closeGroup(session, job.roomId())
                        : client.openGroup(session, job.roomId()),
                rateLimit -> answered(entry, rateLimit, sentAt), failure -> failed(entry, failure));
        if (sending == entry) {
            call = task;
        }
    }

    private void answered(Entry entry, Optional<RateLimit> rateLimit, Instant sentAt) {
        pace.answered(rateLimit, sentAt, clock.instant());
        sent();
        end(entry, Outcome.DONE, null);
        carryOn();
    }

    private void failed(Entry entry, Exception failure) {
        boolean mayGoAgain = !sendingCancelled;
        sent();
        if (failure instanceof RateLimitedException limited && limited.tooLongToWait()) {
            // the others of its kind would be refused alike: they end with the same reason, for Retry failed
            var alike = queued.stream().filter(other -> other.job().kind() == entry.job().kind()).toList();
            queued.removeAll(alike);
            end(entry, Outcome.FAILED, failure);
            alike.forEach(other -> end(other, Outcome.FAILED, failure));
        } else if (failure instanceof RateLimitedException limited && mayGoAgain) {
            pace.refused(limited);
            queueAgain(entry, entry.retries());
            var kind = entry.job().kind();
            this.limited.put(kind, new Pause(limited.resetAt(), countdown.start(limited.resetAt(),
                    secondsLeft -> publish(), () -> {
                        this.limited.remove(kind);
                        carryOn();
                    })));
        } else if (failure instanceof NotLoggedInException ended) {
            queueAgain(entry, entry.retries());
            stop();
            signedOut = true;
            publish();
            listener.sessionEnded(ended);
            return;
        } else if (mayPass(failure) && entry.retries() < MOST_RETRIES && mayGoAgain) {
            queueAgain(entry, entry.retries() + 1);
            var until = clock.instant().plus(FIRST_BACK_OFF.multipliedBy(1L << entry.retries()));
            backOff = new Pause(until, countdown.start(until, secondsLeft -> publish(), () -> {
                backOff = null;
                carryOn();
            }));
        } else {
            end(entry, outcomeOf(entry.job(), failure), failure);
        }
        carryOn();
    }

    private void carryOn() {
        sendNext();
        publish();
    }

    private void sent() {
        sending = null;
        sendingCancelled = false;
        call = RunningTask.DONE;
    }

    private void queueAgain(Entry entry, int retries) {
        var again = new Entry(entry.job(), entry.batch(), retries);
        pending.put(entry.job().roomId(), again);
        queued.addFirst(again);
        listener.jobChanged(entry.job(), JobState.WAITING);
    }

    /** A pause for a route no queued job needs is pointless: the client's budget remembers the window anyway. */
    private void endIdlePauses() {
        for (var kind : List.copyOf(limited.keySet())) {
            if (queued.stream().noneMatch(entry -> entry.job().kind() == kind)) {
                limited.remove(kind).timer().cancel();
            }
        }
        if (backOff != null && queued.isEmpty()) {
            backOff.timer().cancel();
            backOff = null;
        }
    }

    private void end(Entry entry, Outcome outcome, Exception failure) {
        if (pending.get(entry.job().roomId()) == entry) {
            pending.remove(entry.job().roomId());
        }
        tally.ended(outcome);
        listener.jobOver(entry.job(), outcome, failure);
        entry.batch().finished(entry.job(), outcome, failure);
        if (entry.batch().isOver()) {
            listener.batchOver(entry.batch());
        }
    }

    private static Outcome outcomeOf(Job job, Exception failure) {
        if (failure instanceof AlreadyClosedException && job.kind() == JobKind.CLOSE
                || failure instanceof AlreadyOpenException && job.kind() == JobKind.REOPEN) {
            return Outcome.ALREADY;
        }
        return failure instanceof GroupNotFoundException ? Outcome.GONE : Outcome.FAILED;
    }

    /**
     * Failures that trying again may cure; a 4xx is the server's considered answer, and a call that
     * used up its deadline would keep the user waiting minutes more, and may have been done.
     */
    private static boolean mayPass(Exception failure) {
        return failure instanceof ServerErrorException || failure instanceof MalformedResponseException
                || failure instanceof NetworkException network && network.kind() != NetworkException.Kind.TIMEOUT;
    }

    private void publish() {
        var now = clock.instant();
        var timeLeft = pace.timeLeft(tally.left(), now);
        Instant pausedUntil = null;
        QueueProgress.Pause pause = null;
        if (signedOut) {
            pause = QueueProgress.Pause.SIGNED_OUT;
        } else if (backOff != null) {
            pause = QueueProgress.Pause.RETRY;
            pausedUntil = backOff.until();
            timeLeft = timeLeft.plus(Duration.between(now, pausedUntil));
        } else if (sending == null && !queued.isEmpty()) {
            pause = QueueProgress.Pause.RATE_LIMIT;
            pausedUntil = limited.values().stream().map(Pause::until).min(Instant::compareTo).orElse(null);
            if (pausedUntil == null) {
                pause = null;
            }
        }
        progress.set(tally.progress(pausedUntil, pause, timeLeft, pace.limit(), pace.window()));
    }
}
