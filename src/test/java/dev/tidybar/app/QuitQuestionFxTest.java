package dev.tidybar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import dev.tidybar.ui.pages.GroupsPage;
import dev.tidybar.ui.pages.LoginPage;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Quitting (the window's close button) while a sign-in or a close is on the wire asks first, with
 * staying as the default: the user must choose to leave without learning the outcome.
 */
@ExtendWith(ApplicationExtension.class)
class QuitQuestionFxTest {

    /** Long enough that the answer cannot come while the test looks at the question. */
    private static final Duration SLOW = Duration.ofSeconds(6);

    private ShellHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        harness = ShellHarness.start(FakeWorkspaceConfig.demo(), new Region());
        harness.showIn(stage, 1100, 800);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void quittingDuringASignInAsksAndKeepsWaitingByDefault(FxRobot robot) {
        harness.fake.injectFault("login", Fault.delay(SLOW), 1);
        var login = new LoginPage(robot);
        login.typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD).clickLogIn();

        var stay = askToQuit(robot);
        assertThat(question(robot).getHeaderText()).isEqualTo("Signing in to 127.0.0.1 is not finished");
        robot.clickOn("Keep waiting");
        assertThat(stay.join()).as("the app stays").isFalse();
        assertThat(login.loginButtonShowsSpinner()).as("still signing in").isTrue();

        var quit = askToQuit(robot);
        robot.clickOn(button(robot, "Quit"));
        assertThat(quit.join()).isTrue();
    }

    @Test
    void quittingWithACloseOnTheWireAsksFirst(FxRobot robot) {
        new LoginPage(robot).typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD).submitWithEnter();
        var groups = new GroupsPage(robot);
        groups.waitUntil(() -> harness.shell.listLoadedProperty().get());
        harness.fake.injectFault("groups.close", Fault.delay(SLOW), 1);
        groups.clickClose("design-team");
        groups.waitUntil(() -> groups.isWorkingOn("design-team"));

        var stay = askToQuit(robot);
        assertThat(question(robot).getHeaderText()).isEqualTo("Not done yet: 0/1 closed");
        robot.clickOn("Keep working");

        assertThat(stay.join()).isFalse();
    }

    /** What the window's close button does, answered once the question is closed. */
    private CompletableFuture<Boolean> askToQuit(FxRobot robot) {
        var answer = new CompletableFuture<Boolean>();
        Platform.runLater(() -> answer.complete(harness.shell.mayQuit(stage)));
        new GroupsPage(robot).waitUntil(() -> robot.lookup("#leaveQuestion").tryQuery().isPresent());
        return answer;
    }

    private static DialogPane question(FxRobot robot) {
        return robot.lookup("#leaveQuestion").queryAs(DialogPane.class);
    }

    private static Button button(FxRobot robot, String words) {
        return robot.lookup("#leaveQuestion .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals(words)).findFirst().orElseThrow();
    }
}
