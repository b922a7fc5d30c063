package dev.tidybar.app;

import static dev.tidybar.ui.pages.LoginPage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.tidybar.ui.common.SameThreadTaskRunner;
import dev.tidybar.ui.common.UiText;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The theme toggle in the status bar: it switches Primer light and dark, and the choice is remembered. */
@ExtendWith(ApplicationExtension.class)
class AppThemeFxTest {

    private final Preferences preferences = Preferences.userRoot().node("dev/tidybar/test/" + getClass().getSimpleName());
    private final AppPreferences state = new AppPreferences(preferences);

    @Start
    void start(Stage stage) {
        state.rememberTheme(false);
        var theme = new AppTheme(state);
        theme.start(new SameThreadTaskRunner());
        stage.setScene(new Scene(new StatusBar(UiText.load(Locale.ENGLISH), theme, true), 600, 60));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void theToggleSwitchesToDarkAndRemembersIt(FxRobot robot) {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(toggleTooltip(robot)).isEqualTo("Switch to the dark theme");

        robot.clickOn("#themeToggle");

        waitUntil(() -> new PrimerDark().getUserAgentStylesheet().equals(Application.getUserAgentStylesheet()),
                "the dark theme");
        assertThat(state.darkTheme()).contains(true);
        assertThat(toggleTooltip(robot)).isEqualTo("Switch to the light theme");
        assertThat(robot.lookup("#demoBadge").queryLabeled().getText()).isEqualTo("DEMO WORKSPACE");
    }

    /** What the toggle's tooltip says, made when the pointer first comes over the toggle. */
    private static String toggleTooltip(FxRobot robot) {
        robot.moveTo("#themeToggle");
        return robot.lookup("#themeToggle").queryButton().getTooltip().getText();
    }
}
