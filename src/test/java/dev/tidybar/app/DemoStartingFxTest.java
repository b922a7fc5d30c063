package dev.tidybar.app;

import static dev.tidybar.ui.pages.LoginPage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.ReceivedRequest;
import dev.tidybar.ui.pages.LoginPage;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code --demo}: the window shows before the demo workspace is up, its form empty and held as the
 * app holds it; the workspace fills it in when it answers. A user quicker than the workspace is not let down.
 */
@ExtendWith(ApplicationExtension.class)
class DemoStartingFxTest {

    private ShellHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        harness = ShellHarness.start(FakeWorkspaceConfig.demo(), new Region());
        harness.shell.login().workspaceProperty().set("");
        harness.shell.login().hold(harness.text.get("login.demoStarting"));
        harness.showIn(stage, 900, 700);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    /** What the app does once the demo workspace answers. */
    private void demoWorkspaceAnswers() {
        Platform.runLater(() -> {
            LoginMemory.fillInDemo(harness.shell.login(), harness.fake.baseUri());
            harness.shell.login().release();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void logInBeforeTheDemoIsUpSaysWhyItWaitsThenSignsIn(FxRobot robot) {
        var page = new LoginPage(robot);
        assertThat(page.resumingText()).isEqualTo("Starting the demo workspace\u2026");

        page.clickLogIn();

        assertThat(page.loginButtonText()).isEqualTo("Signing in\u2026");
        assertThat(page.loginButtonShowsSpinner()).isTrue();
        assertThat(page.bannerText()).as("no word about the address not there yet").isEmpty();
        assertThat(harness.fake.receivedRequests()).isEmpty();

        demoWorkspaceAnswers();

        waitUntil(() -> harness.shell.listLoadedProperty().get(), "the group list");
        assertThat(harness.fake.receivedRequests()).extracting(ReceivedRequest::endpoint).contains("login");
    }

    @Test
    void theFormFillsInWhenTheDemoAnswers(FxRobot robot) {
        var page = new LoginPage(robot);

        demoWorkspaceAnswers();

        assertThat(page.fieldText("userField")).isEqualTo("alex");
        assertThat(page.resumingText()).isEmpty();
        waitUntil(() -> page.focused("passwordField"), "the focus in the password, so Enter signs in");
        assertThat(harness.fake.receivedRequests()).as("nobody pressed Log in").isEmpty();
    }

    @Test
    void quittingWhileLogInWaitsForTheDemoAsksNothing(FxRobot robot) throws Exception {
        new LoginPage(robot).clickLogIn();

        var mayQuit = new CompletableFuture<Boolean>();
        Platform.runLater(() -> mayQuit.complete(harness.shell.mayQuit(stage)));

        // a question would wait for an answer, and this for it
        assertThat(mayQuit.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
