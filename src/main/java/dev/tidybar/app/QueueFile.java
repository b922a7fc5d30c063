package dev.tidybar.app;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.queue.Job;
import dev.tidybar.ui.queue.QueueStore;
import dev.tidybar.ui.queue.SavedQueue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The queue's jobs on disk, one JSON file per workspace and user in the app's data folder (where
 * the logs are, except on macOS): room ids and names, the workspace and the user id, never a token or a password. Saves
 * run on a thread of their own, the newest winning, and each replaces the file in one move, so a
 * crash leaves the last whole save.
 */
final class QueueFile implements QueueStore, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(QueueFile.class.getName());

    /** Jackson's classes load on the first load or save, after sign-in, not with the window. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /** What the file holds. */
    record Stored(String workspace, String userId, String savedAt, List<StoredJob> jobs) {
    }

    record StoredJob(String kind, String roomId, String groupName) {
    }

    private final Path directory;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "tidybar-queue-file");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Path, SavedQueue> unwritten = new LinkedHashMap<>();

    QueueFile(Path directory) {
        this.directory = directory;
    }

    /** The data folder's "queues": ~/.local/share/tidybar/queues and its macOS and Windows kin. */
    static QueueFile inDataFolder() {
        return new QueueFile(AppLogging.dataDirectory().resolve("queues"));
    }

    @Override
    public Optional<SavedQueue> load(String workspace, String userId) {
        var file = fileFor(workspace, userId);
        synchronized (unwritten) {
            if (unwritten.containsKey(file)) {
                return Optional.of(unwritten.get(file)).filter(queue -> !queue.jobs().isEmpty());
            }
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var stored = Json.MAPPER.readValue(file.toFile(), Stored.class);
            if (!workspace.equals(stored.workspace()) || !userId.equals(stored.userId()) || stored.jobs() == null) {
                return Optional.empty();
            }
            var jobs = stored.jobs().stream()
                    .map(job -> new Job(JobKind.valueOf(job.kind()), job.roomId(), job.groupName())).toList();
            return Optional.of(new SavedQueue(workspace, userId, Instant.parse(stored.savedAt()), jobs));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring the unreadable saved queue {0}: {1}", file, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void save(SavedQueue queue) {
        var file = fileFor(queue.workspace(), queue.userId());
        synchronized (unwritten) {
            boolean writing = !unwritten.isEmpty();
            unwritten.put(file, queue);
            if (!writing) {
                writer.execute(this::writeAll);
            }
        }
    }

    /** Writes what is still unwritten, then stops: at quit. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "The saved queue took too long to write");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeAll() {
        while (true) {
            Map.Entry<Path, SavedQueue> next;
            synchronized (unwritten) {
                var first = unwritten.entrySet().stream().findFirst();
                if (first.isEmpty()) {
                    return;
                }
                next = Map.entry(first.get().getKey(), first.get().getValue());
            }
            write(next.getKey(), next.getValue());
            synchronized (unwritten) {
                // a newer save of the same file came meanwhile: write that one next
                unwritten.remove(next.getKey(), next.getValue());
            }
        }
    }

    private void write(Path file, SavedQueue queue) {
        try {
            if (queue.jobs().isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(directory);
            var stored = new Stored(queue.workspace(), queue.userId(), queue.savedAt().toString(),
                    queue.jobs().stream().map(job -> new StoredJob(job.kind().name(), job.roomId(), job.groupName()))
                            .toList());
            var temporary = Files.createTempFile(directory, "queue", ".tmp");
            Files.write(temporary, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save the queue to " + file, e);
        }
    }

    private Path fileFor(String workspace, String userId) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((workspace + "\n" + userId).getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
