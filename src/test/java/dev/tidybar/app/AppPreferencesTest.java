package dev.tidybar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D MONITOR_ON_THE_RIGHT = new Rectangle2D(1440, 0, 2560, 1440);

    private final Preferences preferences = Preferences.userRoot().node("dev/tidybar/test/" + getClass().getSimpleName());
    private final AppPreferences state = new AppPreferences(preferences);

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        var saved = new Rectangle2D(1600, 100, 1000, 700);

        assertThat(AppPreferences.placeOnScreens(saved, List.of(LAPTOP, MONITOR_ON_THE_RIGHT))).contains(saved);
    }

    @Test
    void aWindowLeftOnAnUnpluggedMonitorIsPlacedAgain() {
        var saved = new Rectangle2D(1600, 100, 1000, 700);

        assertThat(AppPreferences.placeOnScreens(saved, List.of(LAPTOP))).isEmpty();
    }

    @Test
    void aWindowHalfOffTheScreenIsMovedAndShrunkOntoIt() {
        var saved = new Rectangle2D(1000, 600, 1600, 700);

        assertThat(AppPreferences.placeOnScreens(saved, List.of(LAPTOP))).contains(new Rectangle2D(0, 200, 1440, 700));
    }

    @Test
    void aWindowSavedWithNoSizeOpensAtTheDefaultSize() {
        // what a window closed before it was first drawn used to leave behind
        preferences.putDouble("window.width", Double.NaN);
        preferences.putDouble("window.height", Double.NaN);

        assertThat(state.savedWindow().getWidth()).isEqualTo(AppPreferences.DEFAULT_WIDTH);
        assertThat(state.savedWindow().getHeight()).isEqualTo(AppPreferences.DEFAULT_HEIGHT);
    }

    @Test
    void aSavedSizeIsKept() {
        preferences.putDouble("window.width", 1200);
        preferences.putDouble("window.height", 800);

        assertThat(state.savedWindow().getWidth()).isEqualTo(1200);
        assertThat(state.savedWindow().getHeight()).isEqualTo(800);
    }

    @Test
    void recentWorkspacesAreNewestFirstWithoutRepeats() {
        state.rememberSignIn("https://chat.example.com", "alex");
        state.rememberSignIn("https://team.example.org", "alex@example.org");
        state.rememberSignIn("https://chat.example.com", "alex");

        assertThat(state.recentWorkspaces()).containsExactly("https://chat.example.com", "https://team.example.org");
        assertThat(state.lastWorkspace()).contains("https://chat.example.com");
        assertThat(state.lastUser()).contains("alex");
    }

    @Test
    void nothingSecretIsStored() throws Exception {
        state.rememberSignIn("https://chat.example.com", "alex");
        state.rememberTheme(true);

        assertThat(preferences.keys()).containsExactlyInAnyOrder("workspace.recent", "workspace.last", "user.last",
                "theme.dark");
    }
}
