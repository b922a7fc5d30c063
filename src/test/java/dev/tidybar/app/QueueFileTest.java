package dev.tidybar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.queue.Job;
import dev.tidybar.ui.queue.SavedQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved queue on disk: what the next start reads back, per workspace and user, and nothing secret. */
class QueueFileTest {

    private static final String WORKSPACE = "https://chat.example.com/";
    private static final Instant SAVED = Instant.parse("2026-12-06T01:40:00Z");

    @TempDir
    Path folder;

    private final List<Job> jobs = List.of(new Job(JobKind.CLOSE, "room1", "design-team"),
            new Job(JobKind.REOPEN, "room2", "Q3 planning"));

    @Test
    void whatIsSavedIsReadBackByTheNextStartForThatUserOnly() {
        try (var file = new QueueFile(folder)) {
            file.save(new SavedQueue(WORKSPACE, "alex-id", SAVED, jobs));
        }

        var next = new QueueFile(folder);
        assertThat(next.load(WORKSPACE, "alex-id")).hasValueSatisfying(queue -> {
            assertThat(queue.jobs()).isEqualTo(jobs);
            assertThat(queue.savedAt()).isEqualTo(SAVED);
        });
        assertThat(next.load(WORKSPACE, "jordan-id")).isEmpty();
        assertThat(next.load("https://other.example.com/", "alex-id")).isEmpty();
    }

    @Test
    void theNewestSaveWinsAndAnEmptyOneForgets() throws Exception {
        try (var file = new QueueFile(folder)) {
            file.save(new SavedQueue(WORKSPACE, "alex-id", SAVED, jobs));
            file.save(new SavedQueue(WORKSPACE, "alex-id", SAVED, jobs.subList(1, 2)));
            assertThat(file.load(WORKSPACE, "alex-id").orElseThrow().jobs()).hasSize(1);
        }
        assertThat(new QueueFile(folder).load(WORKSPACE, "alex-id").orElseThrow().jobs()).hasSize(1);

        try (var file = new QueueFile(folder)) {
            file.save(new SavedQueue(WORKSPACE, "alex-id", SAVED, List.of()));
        }
        assertThat(new QueueFile(folder).load(WORKSPACE, "alex-id")).isEmpty();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aDamagedFileIsIgnoredNotACrash() throws Exception {
        try (var file = new QueueFile(folder)) {
            file.save(new SavedQueue(WORKSPACE, "alex-id", SAVED, jobs));
        }
        try (Stream<Path> saved = Files.list(folder)) {
            Files.writeString(saved.findFirst().orElseThrow(), "{\"workspace\": \"" + WORKSPACE + "\", \"jobs\": [{");
        }

        assertThat(new QueueFile(folder).load(WORKSPACE, "alex-id")).isEmpty();
    }

    @Test
    void theFileHoldsRoomsNamesWorkspaceAndUserAndNothingElse() throws Exception {
        try (var file = new QueueFile(folder)) {
            file.save(new SavedQueue(WORKSPACE, "alex-id", SAVED, jobs));
        }

        String written;
        try (Stream<Path> saved = Files.list(folder)) {
            written = Files.readString(saved.findFirst().orElseThrow());
        }
        assertThat(written).contains("room1", "design-team", "alex-id", WORKSPACE)
                .doesNotContainIgnoringCase("token").doesNotContainIgnoringCase("password");
    }
}
