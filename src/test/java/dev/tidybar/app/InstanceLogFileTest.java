package dev.tidybar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances of the app (here two in one JVM, which locks the same way) each know the file they write. */
class InstanceLogFileTest {

    @TempDir
    Path directory;

    @Test
    void aSecondInstanceWritesItsOwnFileAndKnowsWhichOne() throws IOException {
        try (var first = InstanceLogFile.open(directory); var second = InstanceLogFile.open(directory)) {
            write(first, "from the first instance");
            write(second, "from the second instance");

            assertThat(first.current()).isEqualTo(directory.resolve("tidybar-0.log"));
            assertThat(second.current()).isNotEqualTo(first.current());
            assertThat(Files.readString(first.current())).contains("from the first instance")
                    .doesNotContain("from the second instance");
            assertThat(Files.readString(second.current())).contains("from the second instance");
        }
    }

    @Test
    void theNextStartWritesTheUsualFileAgain() throws IOException {
        Path earlier;
        try (var instance = InstanceLogFile.open(directory)) {
            earlier = instance.current();
        }

        try (var instance = InstanceLogFile.open(directory)) {
            write(instance, "the next start");

            assertThat(instance.current()).isEqualTo(earlier);
            assertThat(Files.readString(instance.current())).contains("the next start");
        }
    }

    private static void write(InstanceLogFile log, String message) {
        log.handler().setFormatter(new SimpleFormatter());
        log.handler().publish(new LogRecord(Level.INFO, message));
        log.handler().flush();
    }
}
