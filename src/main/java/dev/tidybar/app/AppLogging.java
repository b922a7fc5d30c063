package dev.tidybar.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the app's log (System.Logger, backed by java.util.logging) to a rotating file in the
 * platform's usual place, and only warnings and worse to the console.
 */
final class AppLogging {

    private static final String FORMAT = "%1$tFT%1$tT.%1$tL %4$s %3$s: %5$s%6$s%n";
    private static final int FILE_BYTES = 1_000_000;
    private static final int FILES = 3;

    private AppLogging() {
    }

    /** Leaves a logging setup given with -Djava.util.logging.config.file alone. */
    static void configure() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        var console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        root.addHandler(console);
        Path directory = directory();
        try {
            Files.createDirectories(directory);
            var file = new FileHandler(directory.resolve("tidybar-%g.log").toString(), FILE_BYTES, FILES, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            root.log(Level.WARNING, "Cannot write the log file in " + directory + "; logging to the console only", e);
        }
    }

    /** Where the log files go: ~/.local/share/tidybar/logs, ~/Library/Logs/Tidybar or %LOCALAPPDATA%\Tidybar\logs. */
    static Path directory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("Tidybar").resolve("logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Tidybar");
        }
        String dataHome = System.getenv("XDG_DATA_HOME");
        return (dataHome != null && !dataHome.isBlank() ? Path.of(dataHome) : home.resolve(".local").resolve("share"))
                .resolve("tidybar").resolve("logs");
    }

    /** The current log file, for the crash dialog to point at. */
    static Path currentFile() {
        return directory().resolve("tidybar-0.log");
    }
}
