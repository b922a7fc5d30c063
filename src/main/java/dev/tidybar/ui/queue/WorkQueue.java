package dev.tidybar.ui.queue;

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

    private final RocketChatClient client;
    private final Session session;
    private final TaskRunner tasks;
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
    private final QueuePauses pauses;
    private boolean stopped;
    private boolean signedOut;
    private final RunTally tally = new RunTally();

    public WorkQueue(RocketChatClient client, Session session, TaskRunner tasks, Countdown countdown, Clock clock,
                     Listener listener) {
        this.client = client;
        this.session = session;
        this.tasks = tasks;
        this.pauses = new QueuePauses(countdown, this::publish);
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
        pauses.endAll();
    }

    public ReadOnlyObjectProperty<QueueProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private void sendNext() {
        if (stopped || sending != null || pauses.backOffUntil() != null) {
            return;
        }
        var next = queued.stream().filter(entry -> !pauses.limits(entry.job().kind())).findFirst();
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
            pauses.limit(entry.job().kind(), limited.resetAt(), this::carryOn);
        } else if (failure instanceof NotLoggedInException ended) {
            queueAgain(entry, entry.retries());
            stop();
            signedOut = true;
            publish();
            listener.sessionEnded(ended);
            return;
        } else if (mayPass(failure) && entry.retries() < MOST_RETRIES && mayGoAgain) {
            queueAgain(entry, entry.retries() + 1);
            pauses.backOff(clock.instant().plus(FIRST_BACK_OFF.multipliedBy(1L << entry.retries())), this::carryOn);
        } else {
            end(entry, Outcome.ofFailure(entry.job(), failure), failure);
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

    private void endIdlePauses() {
        pauses.endIdle(queued.stream().map(entry -> entry.job().kind()).toList());
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
        } else if (pauses.backOffUntil() != null) {
            pause = QueueProgress.Pause.RETRY;
            pausedUntil = pauses.backOffUntil();
            timeLeft = timeLeft.plus(Duration.between(now, pausedUntil));
        } else if (sending == null && !queued.isEmpty()) {
            pausedUntil = pauses.firstLimitEnd();
            pause = pausedUntil == null ? null : QueueProgress.Pause.RATE_LIMIT;
        }
        progress.set(tally.progress(pausedUntil, pause, timeLeft, pace.limit(), pace.window()));
    }
}
