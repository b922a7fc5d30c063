package dev.tidybar.app;

import static dev.tidybar.ui.pages.LoginPage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.ReceivedRequest;
import dev.tidybar.keychain.KeychainUnavailableException.Reason;
import dev.tidybar.keychain.MemoryKeychain;
import dev.tidybar.keychain.MemoryPreferences;
import dev.tidybar.keychain.SessionKeeper;
import dev.tidybar.ui.pages.GroupsPage;
import dev.tidybar.ui.pages.LoginPage;
import java.io.IOException;
import java.time.Duration;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Keep me signed in" in a real window, across restarts of the app on the same fake workspace and
 * the same keychain (in memory here; SecretServiceKeychainTest runs the real one).
 */
@ExtendWith(ApplicationExtension.class)
class KeepSignedInFxTest {

    private final MemoryKeychain keychain = new MemoryKeychain();
    private final SessionKeeper keeper = new SessionKeeper(keychain, new MemoryPreferences());
    private Stage stage;
    private ShellHarness harness;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        show(ShellHarness.start(FakeWorkspaceConfig.demo(), new Region(), keeper));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aKeptSignInGoesStraightToTheListAtTheNextStart(FxRobot robot) {
        String token = signInKeepingIt(robot);
        assertThat(keychain.entries().values()).containsExactly(token).doesNotContain(DemoSeed.PASSWORD);
        harness.fake.clearReceivedRequests();

        restart(robot);

        waitUntil(() -> harness.shell.listLoadedProperty().get(), "the groups list, with nothing typed");
        assertThat(new GroupsPage(robot).rowNames()).contains("design-team");
        assertThat(harness.shell.sessionProperty().get().authToken()).isEqualTo(token);
        assertThat(harness.fake.receivedRequests()).extracting(ReceivedRequest::endpoint)
                .contains("me").doesNotContain("login");
    }

    @Test
    void whileTheKeptSessionIsCheckedTheCardSaysWhoseItIsAndEscCancels(FxRobot robot) {
        signInKeepingIt(robot);
        harness.fake.setLatency(Duration.ofSeconds(3));

        restart(robot);

        var page = new LoginPage(robot);
        waitUntil(() -> page.resumingText().equals("Signing in as alex on 127.0.0.1\u2026"),
                "the card to say whose sign-in it checks");
        assertThat(page.loginButtonText()).isEqualTo("Signing in\u2026");
        assertThat(page.formDisabled()).isTrue();
        page.pressEscape();
        page.waitForBanner("Sign-in cancelled");
        assertThat(page.resumingText()).isEmpty();
        assertThat(page.formDisabled()).isFalse();
        assertThat(page.keepSignedInTicked()).isTrue();
        assertThat(keychain.entries()).hasSize(1);
    }

    @Test
    void loggingOutForgetsItAndTheNextStartShowsTheCard(FxRobot robot) {
        signInKeepingIt(robot);

        robot.clickOn("#logoutButton");

        var page = new LoginPage(robot);
        waitUntil(page::isShown, "the login screen");
        waitUntil(() -> keychain.entries().isEmpty(), "the keychain to forget the session");
        assertThat(page.keepSignedInTicked()).isFalse();
        assertThat(harness.fake.receivedRequests()).extracting(ReceivedRequest::endpoint).contains("logout");
        restart(robot);
        waitUntil(page::keepSignedInEnabled, "Keep me signed in to be offered");
        assertThat(page.isShown()).isTrue();
        assertThat(page.resumingText()).isEmpty();
        assertThat(page.keepSignedInTicked()).isFalse();
    }

    @Test
    void theServerEndingTheSessionLaterForgetsIt(FxRobot robot) {
        signInKeepingIt(robot);
        harness.fake.revokeAllTokens();

        robot.type(KeyCode.F5);

        new LoginPage(robot).waitForBanner("Your session ended");
        waitUntil(() -> keychain.entries().isEmpty(), "the keychain to forget the session");
    }

    @Test
    void aKeptSessionTheServerNoLongerTakesIsForgottenAtStartWithAClearWord(FxRobot robot) {
        signInKeepingIt(robot);
        harness.fake.revokeAllTokens();

        restart(robot);

        var page = new LoginPage(robot);
        page.waitForBanner("Your kept sign-in has ended");
        assertThat(page.bannerText()).contains("127.0.0.1 no longer accepts the sign-in Tidybar kept for alex");
        assertThat(page.fieldText("userField")).isEqualTo(DemoSeed.ALEX);
        assertThat(page.keepSignedInTicked()).isFalse();
        waitUntil(() -> keychain.entries().isEmpty(), "the keychain to forget the session");
    }

    @Test
    void theOptionSaysWhatItKeepsWhere(FxRobot robot) {
        var page = new LoginPage(robot);
        waitUntil(page::keepSignedInEnabled, "Keep me signed in to be offered");

        page.waitForKeepSignedInTooltip("keeps this sign-in's token, never your password, in your system keychain");
    }

    @Test
    void withoutAKeychainTheOptionIsGreyedOutAndItsTooltipSaysWhy(FxRobot robot) {
        keychain.goAway(Reason.NO_SECRET_SERVICE);

        restart(robot);

        var page = new LoginPage(robot);
        page.waitForKeepSignedInTooltip("no Secret Service (GNOME Keyring, KWallet, KeePassXC) runs in this D-Bus session");
        page.waitForKeepSignedInTooltip("Tidybar never keeps a sign-in in a plain file");
        assertThat(page.keepSignedInEnabled()).isFalse();
        assertThat(page.keepSignedInTicked()).isFalse();
    }

    /** Ticks the box, signs in with the password and waits for the keychain; returns the kept token. */
    private String signInKeepingIt(FxRobot robot) {
        var page = new LoginPage(robot);
        waitUntil(page::keepSignedInEnabled, "Keep me signed in to be offered");
        page.tickKeepSignedIn().typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD).submitWithEnter();
        waitUntil(() -> harness.shell.listLoadedProperty().get(), "the groups list");
        String token = harness.shell.sessionProperty().get().authToken();
        waitUntil(() -> keychain.entries().containsValue(token), "the token in the keychain");
        return token;
    }

    /** Quits and starts the app again: a new window on the same workspace, keychain and preferences. */
    private void restart(FxRobot robot) {
        robot.interact(() -> show(harness.restart(new Region())));
    }

    private void show(ShellHarness next) {
        harness = next;
        stage.setScene(next.scene(900, 700));
        stage.show();
    }
}
