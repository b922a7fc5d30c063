package dev.tidybar.keychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is kept where, and what comes back, with the keychain in memory. */
class SessionKeeperTest {

    private final MemoryKeychain keychain = new MemoryKeychain();
    private final MemoryPreferences preferences = new MemoryPreferences();
    private final SessionKeeper keeper = new SessionKeeper(keychain, preferences);

    @Test
    void theTokenGoesIntoTheKeychainUnderUserAndWorkspaceAndTheRestIntoThePreferences() throws Exception {
        keeper.keep(session("https://chat.example.com", "alex", "login-token", false));

        assertThat(keychain.entries()).containsExactly(Map.entry("alex@https://chat.example.com", "login-token"));
        assertThat(preferences.values()).containsEntry("workspace", "https://chat.example.com")
                .containsEntry("userId", "id-alex")
                .containsEntry("username", "alex")
                .containsEntry("displayName", "Full name of alex")
                .containsEntry("personalToken", "false")
                .containsEntry("keychainEntry", "alex@https://chat.example.com")
                .doesNotContainValue("login-token");
    }

    @Test
    void aKeptSessionComesBackWholeAtTheNextStart() throws Exception {
        Session kept = session("https://example.com/chat", "sam", "personal-token", true);
        keeper.keep(kept);

        assertThat(new SessionKeeper(keychain, preferences).recall()).contains(kept);
    }

    @Test
    void keepingAnotherSessionForgetsTheFirst() throws Exception {
        keeper.keep(session("https://chat.example.com", "alex", "token-1", false));

        keeper.keep(session("https://team.example.org", "sam", "token-2", false));

        assertThat(keychain.entries()).containsOnlyKeys("sam@https://team.example.org");
        assertThat(keeper.recall()).map(Session::username).contains("sam");
    }

    @Test
    void forgettingEmptiesTheKeychainEntryAndThePreferences() throws Exception {
        keeper.keep(session("https://chat.example.com", "alex", "login-token", false));

        keeper.forget();

        assertThat(keychain.entries()).isEmpty();
        assertThat(preferences.values()).isEmpty();
        assertThat(keeper.recall()).isEmpty();
    }

    @Test
    void anEntryRemovedByHandLeavesNothingKept() throws Exception {
        keeper.keep(session("https://chat.example.com", "alex", "login-token", false));
        keychain.forget("alex@https://chat.example.com");

        assertThat(keeper.recall()).isEmpty();
        assertThat(preferences.values()).isEmpty();
    }

    @Test
    void recallingAlsoSaysWhetherAKeychainAnswers() {
        keychain.goAway(KeychainUnavailableException.Reason.NO_SECRET_SERVICE);

        assertThatThrownBy(keeper::recall).isInstanceOfSatisfying(KeychainUnavailableException.class,
                missing -> assertThat(missing.reason()).isEqualTo(KeychainUnavailableException.Reason.NO_SECRET_SERVICE));
    }

    @Test
    void aRecalledSessionGoesThroughTheComingBackStep() throws Exception {
        keeper.keep(session("http://127.0.0.1:41001", "alex", "login-token", false));
        Session elsewhere = session("http://127.0.0.1:42002", "alex", "login-token", false);

        var demoKeeper = new SessionKeeper(keychain, preferences, kept -> elsewhere);

        assertThat(demoKeeper.recall()).containsSame(elsewhere);
    }

    private static Session session(String workspace, String username, String token, boolean personalToken)
            throws Exception {
        return new Session(WorkspaceAddress.parse(workspace), "id-" + username, token, username,
                "Full name of " + username, personalToken);
    }
}
