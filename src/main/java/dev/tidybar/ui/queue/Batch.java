package dev.tidybar.ui.queue;

import dev.tidybar.ui.common.JobKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs one command started (Close selected, one row's button, Undo, Retry failed, Resume), all
 * of one kind, and how each ended. It owns its outcomes: the summary banner, its Undo and its
 * "Retry failed" are built from them once the last job is over.
 */
public final class Batch {

    private final JobKind kind;
    private final List<Job> jobs;
    /** What the batches this one retries did: its Undo undoes those too. */
    private final List<Job> doneBefore;
    private final Map<Job, Outcome> outcomes = new LinkedHashMap<>();
    /** The server's refusal of each job not done, or why it could not be sent. */
    private final Map<Job, Exception> answers = new LinkedHashMap<>();

    private Batch(JobKind kind, List<Job> jobs, List<Job> doneBefore) {
        this.kind = kind;
        this.jobs = List.copyOf(jobs);
        this.doneBefore = List.copyOf(doneBefore);
    }

    /** A batch of {@code jobs}, which must all be of {@code kind}, one per group. */
    public static Batch of(JobKind kind, List<Job> jobs) {
        var byRoom = new LinkedHashMap<String, Job>();
        for (var job : jobs) {
            if (job.kind() != kind) {
                throw new IllegalArgumentException("A " + kind + " batch cannot hold " + job);
            }
            byRoom.putIfAbsent(job.roomId(), job);
        }
        return new Batch(kind, new ArrayList<>(byRoom.values()), List.of());
    }

    /** "Retry failed": the failed jobs of {@code earlier} again, and an Undo that covers what it did too. */
    public static Batch retrying(Batch earlier) {
        return new Batch(earlier.kind, earlier.jobsThatEnded(Outcome.FAILED), earlier.doneSoFar());
    }

    public JobKind kind() {
        return kind;
    }

    public List<Job> jobs() {
        return jobs;
    }

    public int size() {
        return jobs.size();
    }

    /** Told by the queue, once per job. */
    void finished(Job job, Outcome outcome, Exception failure) {
        if (outcomes.putIfAbsent(job, outcome) == null && failure != null) {
            answers.put(job, failure);
        }
    }

    public boolean isOver() {
        return outcomes.size() == jobs.size();
    }

    public int count(Outcome outcome) {
        return (int) outcomes.values().stream().filter(outcome::equals).count();
    }

    /** The jobs that ended with {@code outcome}, in the batch's order. */
    public List<Job> jobsThatEnded(Outcome outcome) {
        return jobs.stream().filter(job -> outcomes.get(job) == outcome).toList();
    }

    /** What this batch did, and the batches it retries: what its Undo undoes. */
    public List<Job> doneSoFar() {
        var all = new ArrayList<>(doneBefore);
        all.addAll(jobsThatEnded(Outcome.DONE));
        return all;
    }

    /** Each failed job with why it failed, in the batch's order. */
    public Map<Job, Exception> failures() {
        var failed = new LinkedHashMap<Job, Exception>();
        answers.forEach((job, failure) -> {
            if (outcomes.get(job) == Outcome.FAILED) {
                failed.put(job, failure);
            }
        });
        return Collections.unmodifiableMap(failed);
    }

    /** What the server answered {@code job} when it did not do it ("already closed", "not found", a failure). */
    public Exception answer(Job job) {
        return answers.get(job);
    }

    @Override
    public String toString() {
        return "Batch[" + kind + " × " + jobs.size() + ", " + outcomes.size() + " over]";
    }
}
