package dev.tidybar.keychain;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real system keychain, no stand-in: on Linux the Secret Service over D-Bus. {@code .ci/run} runs
 * the tests inside a D-Bus session with gnome-keyring-daemon unlocked, and sets
 * {@code TIDYBAR_REQUIRE_KEYCHAIN=1} so that they fail there rather than skip. Elsewhere, a machine
 * where no keychain answers (no D-Bus session, no Secret Service) skips them and says why.
 */
class SecretServiceKeychainTest {

    private final OsKeychain keychain = OsKeychain.forThisSystem();
    /** An entry of this run only, so that a test never touches what a user or another run kept. */
    private final String account = "test-" + UUID.randomUUID() + "@https://chat.example.com";
    private boolean answered;

    @BeforeEach
    void aKeychainAnswers() throws KeychainException {
        try {
            keychain.probe();
            answered = true;
        } catch (KeychainUnavailableException missing) {
            if ("1".equals(System.getenv("TIDYBAR_REQUIRE_KEYCHAIN"))) {
                throw new AssertionError("TIDYBAR_REQUIRE_KEYCHAIN=1, but no keychain answered ("
                        + missing.reason() + "): " + missing.getMessage(), missing);
            }
            Assumptions.abort("No system keychain answers here (" + missing.reason() + ": " + missing.getMessage()
                    + "); .ci/run starts gnome-keyring-daemon in a D-Bus session for these tests");
        }
    }

    @AfterEach
    void removeTheTestEntry() throws KeychainException {
        if (answered) {
            keychain.forget(account);
        }
    }

    @Test
    void savesReadsAndForgetsASecret() throws KeychainException {
        keychain.save(account, "token-1");
        assertThat(keychain.read(account)).contains("token-1");

        keychain.save(account, "token-2");
        assertThat(keychain.read(account)).contains("token-2");

        keychain.forget(account);
        assertThat(keychain.read(account)).isEmpty();
    }

    @Test
    void aMissingEntryReadsAsEmptyAndForgettingItIsNoError() throws KeychainException {
        assertThat(keychain.read(account)).isEmpty();

        keychain.forget(account);
    }

    @Test
    void aSessionKeptForTheNextStartComesBackFromTheKeychain() throws Exception {
        var preferences = new MemoryPreferences();
        var session = new Session(WorkspaceAddress.parse("https://chat.example.com"), "id-alex", "login-token",
                "test-" + UUID.randomUUID(), "Alex", false);
        String entry = SessionKeeper.entryName(session);
        try {
            new SessionKeeper(keychain, preferences).keep(session);

            assertThat(keychain.read(entry)).contains("login-token");
            assertThat(new SessionKeeper(keychain, preferences).recall()).contains(session);

            new SessionKeeper(keychain, preferences).forget();
            assertThat(keychain.read(entry)).isEmpty();
        } finally {
            keychain.forget(entry);
        }
    }

    /** The README tells Linux users to look up and remove the entry with secret-tool: that must work. */
    @Test
    void onLinuxSecretToolFindsTheEntryAndRemovesIt() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "Linux only");
        Assumptions.assumeTrue(secretToolInstalled() || "1".equals(System.getenv("TIDYBAR_REQUIRE_KEYCHAIN")),
                "secret-tool (Debian's libsecret-tools) is not installed");
        keychain.save(account, "token-1");

        assertThat(secretTool("lookup", "service", OsKeychain.SERVICE, "account", account)).isEqualTo("token-1");
        secretTool("clear", "service", OsKeychain.SERVICE, "account", account);

        assertThat(keychain.read(account)).isEmpty();
    }

    private static boolean secretToolInstalled() {
        return List.of(System.getenv("PATH").split(":")).stream()
                .anyMatch(folder -> new File(folder, "secret-tool").canExecute());
    }

    private static String secretTool(String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<String>(List.of("secret-tool"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, SECONDS)).as("secret-tool ended").isTrue();
        assertThat(process.exitValue()).as("secret-tool's exit status; it printed: " + output).isZero();
        return output.strip();
    }
}
