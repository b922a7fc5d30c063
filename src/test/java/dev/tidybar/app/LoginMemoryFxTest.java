package dev.tidybar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.keychain.MemoryKeychain;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.ManualCountdown;
import dev.tidybar.ui.common.SameThreadTaskRunner;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.login.KeepSignedIn;
import dev.tidybar.ui.login.LoginView;
import dev.tidybar.ui.login.LoginViewModel;
import java.time.Clock;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The address field is the recent list's editor: remembering a sign-in must not empty it. */
@ExtendWith(ApplicationExtension.class)
class LoginMemoryFxTest {

    private final Preferences preferences =
            Preferences.userRoot().node("dev/tidybar/test/" + getClass().getSimpleName());
    private final HttpRocketChatClient client = new HttpRocketChatClient(ClientSettings.defaults("test"));
    private final UiText text = UiText.load(Locale.ENGLISH);
    private final SimpleObjectProperty<Session> session = new SimpleObjectProperty<>();
    private LoginViewModel login;

    @Start
    void start(Stage stage) {
        var errors = new ErrorNotices(text, Clock.systemUTC());
        login = new LoginViewModel(client, new SameThreadTaskRunner(), errors, text, new ManualCountdown(),
                new KeepSignedIn(MemoryKeychain.emptyKeeper(), new SameThreadTaskRunner(), errors, text),
                signedIn -> { });
        new LoginMemory(new AppPreferences(preferences)).rememberSignIns(session, login);
        stage.setScene(new Scene(new LoginView(login, text), 800, 700));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        client.close();
        preferences.removeNode();
    }

    @Test
    void theAddressIsStillThereAfterLoggingOut(FxRobot robot) throws Exception {
        ComboBox<String> field = robot.lookup("#workspaceField").query();
        robot.interact(() -> {
            login.recentWorkspaces().setAll("https://chat.example.com");
            field.getSelectionModel().select(0);   // picked from the list, as with Alt+Down and Enter
        });

        Session alex = signedIn();
        robot.interact(() -> session.set(alex));
        robot.interact(() -> session.set(null));

        assertThat(field.getEditor().getText()).isEqualTo("https://chat.example.com");
        assertThat(login.recentWorkspaces()).containsExactly("https://chat.example.com");
    }

    private static Session signedIn() throws Exception {
        return new Session(WorkspaceAddress.parse("chat.example.com"), "u1", "t", "alex", "Alex", false);
    }
}
