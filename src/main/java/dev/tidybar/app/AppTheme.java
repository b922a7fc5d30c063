package dev.tidybar.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.tidybar.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Light or dark AtlantaFX Primer. Light by default; dark when the system says it prefers dark
 * (asked off the FX thread, so a slow answer never delays the window); the user's toggle wins and
 * is remembered.
 */
final class AppTheme {

    private static final System.Logger LOG = System.getLogger(AppTheme.class.getName());

    private final AppPreferences preferences;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private boolean chosenByUser;

    AppTheme(AppPreferences preferences) {
        this.preferences = preferences;
        dark.addListener((observable, was, now) -> apply(now));
    }

    /** Applies the remembered choice, or light now and dark later if the system turns out to prefer it. */
    void start(TaskRunner tasks) {
        var remembered = preferences.darkTheme();
        chosenByUser = remembered.isPresent();
        apply(remembered.orElse(false));
        dark.set(remembered.orElse(false));
        if (!chosenByUser) {
            tasks.run(AppTheme::systemPrefersDark, prefersDark -> {
                if (!chosenByUser) {
                    dark.set(prefersDark);
                }
            }, failure -> LOG.log(System.Logger.Level.DEBUG, "Cannot tell whether the system prefers dark", failure));
        }
    }

    ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    void toggle() {
        chosenByUser = true;
        dark.set(!dark.get());
        preferences.rememberTheme(dark.get());
    }

    private static void apply(boolean useDark) {
        Application.setUserAgentStylesheet(useDark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** Asks the desktop in the cheapest way each system offers; false when it cannot tell. */
    static boolean systemPrefersDark() throws IOException, InterruptedException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return answer(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).contains("0x0");
        }
        if (os.contains("mac")) {
            return answer(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).contains("Dark");
        }
        String gtkTheme = System.getenv("GTK_THEME");
        if (gtkTheme != null) {
            return gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
        }
        return answer(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")).contains("dark");
    }

    private static String answer(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "";
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
