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
import dev.tidybar.ui.login.LoginViewModel;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoginMemoryTest {

    private final Preferences preferences = Preferences.userRoot().node("dev/tidybar/test/" + getClass().getSimpleName());
    private final AppPreferences state = new AppPreferences(preferences);
    private final LoginMemory memory = new LoginMemory(state);
    private final HttpRocketChatClient client = new HttpRocketChatClient(ClientSettings.defaults("test"));
    private final UiText text = UiText.load(Locale.ENGLISH);
    private final LoginViewModel login = newForm();
    private final SimpleObjectProperty<Session> session = new SimpleObjectProperty<>();

    @AfterEach
    void forget() throws Exception {
        client.close();
        preferences.removeNode();
    }

    @Test
    void theNextStartFillsInTheLastWorkspaceAndUsername() throws Exception {
        memory.rememberSignIns(session, login);
        login.userProperty().set(" alex@example.org ");
        session.set(signedIn("chat.example.com", false));
        session.set(null);
        login.userProperty().set("alex");
        session.set(signedIn("team.example.org", false));

        var nextStart = newForm();
        new LoginMemory(new AppPreferences(preferences)).fillIn(nextStart, CommandLine.parse(List.of()));

        assertThat(nextStart.workspaceProperty().get()).isEqualTo("https://team.example.org");
        assertThat(nextStart.userProperty().get()).isEqualTo("alex");
        assertThat(nextStart.passwordProperty().get()).isEmpty();
        assertThat(nextStart.recentWorkspaces()).containsExactly("https://team.example.org", "https://chat.example.com");
        assertThat(login.recentWorkspaces()).containsExactly("https://team.example.org", "https://chat.example.com");
    }

    @Test
    void aForgottenWorkspaceIsNotOfferedAtTheNextStart() throws Exception {
        state.rememberSignIn("https://chat.example.com", "alex");
        state.rememberSignIn("https://team.example.org", "alex");
        memory.fillIn(login, CommandLine.parse(List.of()));
        memory.rememberSignIns(session, login);

        login.forgetRecentWorkspace("https://team.example.org");

        var nextStart = newForm();
        new LoginMemory(new AppPreferences(preferences)).fillIn(nextStart, CommandLine.parse(List.of()));
        assertThat(nextStart.recentWorkspaces()).containsExactly("https://chat.example.com");
        // it was also the last one used, which the address field would otherwise start with
        assertThat(nextStart.workspaceProperty().get()).isEmpty();
        assertThat(nextStart.userProperty().get()).isEqualTo("alex");
    }

    @Test
    void theCommandLineWinsOverWhatWasRemembered() throws Exception {
        state.rememberSignIn("https://chat.example.com", "alex");

        memory.fillIn(login, CommandLine.parse(List.of("--server", "other.example.net", "--user", "sam")));

        assertThat(login.workspaceProperty().get()).isEqualTo("other.example.net");
        assertThat(login.userProperty().get()).isEqualTo("sam");
        assertThat(login.recentWorkspaces()).containsExactly("https://chat.example.com");
    }

    @Test
    void aTokenSignInKeepsTheLastUsername() throws Exception {
        state.rememberSignIn("https://chat.example.com", "alex");
        memory.rememberSignIns(session, login);

        session.set(signedIn("chat.example.com", true));

        assertThat(state.lastUser()).contains("alex");
    }

    @Test
    void theDemoFillsInItsLoginAndRemembersNothing() throws Exception {
        LoginMemory.fillInDemo(login, URI.create("http://127.0.0.1:40123"));

        assertThat(login.workspaceProperty().get()).isEqualTo("http://127.0.0.1:40123");
        assertThat(login.userProperty().get()).isEqualTo("alex");
        assertThat(login.passwordProperty().get()).isEqualTo("tidybar-demo");
        assertThat(preferences.keys()).isEmpty();
    }

    private LoginViewModel newForm() {
        var errors = new ErrorNotices(text, Clock.systemUTC());
        return new LoginViewModel(client, new SameThreadTaskRunner(), errors, text, new ManualCountdown(),
                new KeepSignedIn(MemoryKeychain.emptyKeeper(), new SameThreadTaskRunner(), errors, text), signedIn -> { });
    }

    private static Session signedIn(String workspace, boolean personalToken) throws Exception {
        return new Session(WorkspaceAddress.parse(workspace), "u1", "t", "alex", "Alex", personalToken);
    }
}
