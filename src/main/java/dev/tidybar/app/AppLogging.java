package dev.tidybar.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
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
    private static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    /**
     * Libraries whose debug lines print secrets, held at INFO whatever the root's level. Apache
     * HttpClient logs each request's headers (X-Auth-Token) and the bytes on the wire (a login's
     * password) at DEBUG; JavaFX traces layout, CSS and focus at FINE and FINER, printing the
     * text of the nodes on screen, megabytes a session. java.util.logging keeps a logger's level
     * only while something holds the logger, hence these fields.
     */
    private static final List<Logger> LIBRARIES_AT_INFO = List.of(Logger.getLogger("org.apache.hc"),
            Logger.getLogger("javafx"));
    /**
     * The D-Bus library under the keychain names its transport at every connection, that is at every
     * keychain call: only its warnings go to the log.
     */
    private static final Logger D_BUS = Logger.getLogger("org.freedesktop.dbus");

    /** Set once at start-up, like the logging setup itself, which is per process. */
    private static InstanceLogFile instanceLog;

    private AppLogging() {
    }

    /** Leaves a logging setup given with -Djava.util.logging.config.file alone. */
    static void configure() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        configure(directory());
    }

    /** The app's logging setup, with the log files in {@code directory}. */
    static void configure(Path directory) {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        LIBRARIES_AT_INFO.forEach(library -> library.setLevel(Level.INFO));
        D_BUS.setLevel(Level.WARNING);
        var console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        // Started with java -cp, JavaFX warns that it is on the class path: our chosen layout (the
        // installers put it in the runtime image), so that line goes to the log file only.
        console.setFilter(record -> !String.valueOf(record.getMessage()).startsWith(CLASS_PATH_WARNING));
        root.addHandler(console);
        try {
            Files.createDirectories(directory);
            instanceLog = InstanceLogFile.open(directory);
            instanceLog.handler().setFormatter(new SimpleFormatter());
            instanceLog.handler().setLevel(Level.INFO);
            root.addHandler(instanceLog.handler());
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

    /**
     * Where the app keeps its data, such as a saved queue: the folder the logs are in on Linux and
     * Windows (~/.local/share/tidybar, %LOCALAPPDATA%\Tidybar), ~/Library/Application Support/Tidybar on macOS.
     */
    static Path dataDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("mac")
                ? Path.of(System.getProperty("user.home"), "Library", "Application Support", "Tidybar")
                : directory().getParent();
    }

    /** This instance's log file, for the crash dialog to point at; empty when the log goes elsewhere. */
    static Optional<Path> currentFile() {
        return Optional.ofNullable(instanceLog).map(InstanceLogFile::current);
    }

    /**
     * Stops writing the log file and gives up its slot; the console still gets the warnings. For a
     * test that set the app's logging up in its own JVM, where the process does not end after it.
     */
    static void closeFile() throws IOException {
        if (instanceLog != null) {
            Logger.getLogger("").removeHandler(instanceLog.handler());
            instanceLog.close();
            instanceLog = null;
        }
    }
}
