package dev.tidybar.app;

import dev.tidybar.ui.common.UiText;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.application.Application;

/**
 * The main class. A plain class, not the {@link Application}, so that {@code java -cp} can start
 * JavaFX from the class path; it also answers {@code --help} and {@code --version} without a window.
 */
public final class Launcher {

    /** The exit status for a command line that cannot be understood. */
    static final int USAGE_ERROR = 2;

    private Launcher() {
    }

    public static void main(String[] args) {
        OptionalInt exitStatus = answerWithoutWindow(List.of(args), System.out, System.err);
        if (exitStatus.isPresent()) {
            System.exit(exitStatus.getAsInt());
        }
        SystemNetworkSettings.adopt();
        AppLogging.configure();
        Application.launch(TidybarApp.class, args);
        // The window is closed and everything released. The D-Bus library under the keychain can leave a
        // non-daemon thread behind when a session bus has no Secret Service; it must not keep the process alive.
        System.exit(0);
    }

    /**
     * Handles the requests that need no window: help, version and mistakes. Returns the exit status
     * for those, or nothing when the window should open.
     */
    static OptionalInt answerWithoutWindow(List<String> args, PrintStream out, PrintStream err) {
        var text = UiText.load(Locale.getDefault());
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            err.println(text.format(e.key(), e.argument()));
            err.println(text.get("cli.tryHelp"));
            return OptionalInt.of(USAGE_ERROR);
        }
        switch (commandLine.request()) {
            case HELP:
                out.println(text.get("cli.usage"));
                return OptionalInt.of(0);
            case VERSION:
                out.println(text.format("cli.version", AppVersion.read()));
                return OptionalInt.of(0);
            default:
                return OptionalInt.empty();
        }
    }
}
