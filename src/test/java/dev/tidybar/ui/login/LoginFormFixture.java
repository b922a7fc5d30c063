package dev.tidybar.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.ReceivedRequest;
import dev.tidybar.keychain.MemoryKeychain;
import dev.tidybar.keychain.MemoryPreferences;
import dev.tidybar.keychain.SessionKeeper;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.ManualCountdown;
import dev.tidybar.ui.common.SameThreadTaskRunner;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the login view-model tests share: a fake workspace on loopback, the real HTTP client, a
 * keychain in memory, and a form on the fake's address whose callbacks run on the test thread.
 */
abstract class LoginFormFixture {

    protected final UiText text = UiText.load(Locale.ENGLISH);
    protected final ManualCountdown countdown = new ManualCountdown();
    protected final List<Session> signedIn = new ArrayList<>();
    /** The keychain and preferences "Keep me signed in" writes to; a test fills them to play an earlier run. */
    protected final MemoryKeychain keychain = new MemoryKeychain();
    protected final MemoryPreferences keptPreferences = new MemoryPreferences();
    protected final SessionKeeper keeper = new SessionKeeper(keychain, keptPreferences);
    protected FakeWorkspace fake;
    protected HttpRocketChatClient client;
    protected LoginViewModel viewModel;

    @BeforeEach
    void startWorkspace() throws IOException {
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());
        client = new HttpRocketChatClient(ClientSettings.defaults("test"));
        viewModel = formWith(new SameThreadTaskRunner());
    }

    @AfterEach
    void stopWorkspace() {
        client.close();
        fake.close();
    }

    protected LoginViewModel formWith(TaskRunner tasks) {
        var errors = new ErrorNotices(text, Clock.systemUTC());
        var form = new LoginViewModel(client, tasks, errors, text, countdown,
                new KeepSignedIn(keeper, new SameThreadTaskRunner(), errors, text), signedIn::add);
        form.workspaceProperty().set(fake.baseUri().toString());
        return form;
    }

    protected void fillIn(String user, String password) {
        viewModel.userProperty().set(user);
        viewModel.passwordProperty().set(password);
    }

    protected void fillInToken(String userId, String token) {
        viewModel.usePersonalTokenProperty().set(true);
        viewModel.inputProperty(LoginField.USER_ID).set(userId);
        viewModel.inputProperty(LoginField.TOKEN).set(token);
    }

    protected ReceivedRequest lastRequest() {
        List<ReceivedRequest> received = fake.receivedRequests();
        assertThat(received).isNotEmpty();
        return received.get(received.size() - 1);
    }
}
