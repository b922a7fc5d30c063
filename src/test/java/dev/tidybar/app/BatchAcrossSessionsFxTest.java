package dev.tidybar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.ui.pages.GroupsPage;
import dev.tidybar.ui.pages.LoginPage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
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
 * A batch the server's 401 cuts short, through the real window: back to the login screen, and once
 * the same user signs in again, the rest goes on by itself. The limiter allows 2 closes every 2 s.
 */
@ExtendWith(ApplicationExtension.class)
class BatchAcrossSessionsFxTest {

    private static final List<String> FOUR = List.of("backend-guild", "book-club", "design-team", "mobile-app");

    private ShellHarness harness;

    @Start
    void start(Stage stage) throws IOException {
        harness = ShellHarness.start(FakeWorkspaceConfig.demo().withRateLimit(2, Duration.ofSeconds(2)),
                new Region());
        harness.showIn(stage, 1100, 800);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theRestOfABatchGoesOnAfterSigningInAgain(FxRobot robot) {
        var groups = signIn(robot);
        FOUR.forEach(name -> groups.tick(name, false));
        groups.clickButton("#closeSelectedButton");
        groups.waitUntil(() -> groups.queueText().startsWith("Paused"));
        assertThat(groups.queueText()).contains("2 of 4 closed");
        assertThat(harness.shell.queueTitleProperty().get()).isEqualTo("2/4 closed");

        harness.fake.revokeAllTokens();

        var login = new LoginPage(robot);
        groups.waitUntil(login::isShown);
        login.waitForBanner("Your session ended");
        login.waitForBanner("Sign in again to go on with the 2 closes and reopens left.");
        var again = signIn(robot);
        again.waitUntil(() -> FOUR.stream().noneMatch(this::isOpen));
        again.banner().waitFor("Closed 2 of 2 groups");
        assertThat(harness.fake.receivedRequests().stream()
                .filter(request -> request.endpoint().equals("groups.close")).count())
                .as("four closes, and the one the 401 refused sent again").isEqualTo(5);
    }

    @Test
    void loggingOutMidBatchAsksFirstAndTheNextSignInOffersTheRest(FxRobot robot) {
        // a window long enough that the batch cannot finish while the robot answers two questions
        harness.fake.setRateLimit(2, Duration.ofMinutes(1));
        var groups = signIn(robot);
        FOUR.forEach(name -> groups.tick(name, false));
        groups.clickButton("#closeSelectedButton");
        groups.waitUntil(() -> groups.queueText().startsWith("Paused"));

        robot.clickOn("#logoutButton");
        groups.waitUntil(() -> robot.lookup("#leaveQuestion").tryQuery().isPresent());
        assertThat(robot.lookup("#leaveQuestion").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Not done yet: 2/4 closed");
        robot.clickOn("Keep working");
        assertThat(new LoginPage(robot).isShown()).isFalse();

        robot.clickOn("#logoutButton");
        groups.waitUntil(() -> robot.lookup("#leaveQuestion").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#leaveQuestion .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals("Log out")).findFirst().orElseThrow());

        var login = new LoginPage(robot);
        groups.waitUntil(login::isShown);
        var again = signIn(robot);
        again.banner().waitFor("Resume 2 closes?");
    }

    private GroupsPage signIn(FxRobot robot) {
        new LoginPage(robot).typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD).submitWithEnter();
        var groups = new GroupsPage(robot);
        groups.waitUntil(() -> harness.shell.listLoadedProperty().get());
        return groups;
    }

    private boolean isOpen(String name) {
        return harness.fake.isOpenFor(DemoSeed.ALEX, harness.fake.roomIdByName(name).orElseThrow()).orElseThrow();
    }
}
