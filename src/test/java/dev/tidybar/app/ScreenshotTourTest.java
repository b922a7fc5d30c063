package dev.tidybar.app;

import static dev.tidybar.ui.pages.LoginPage.waitUntil;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.pages.GroupsPage;
import dev.tidybar.ui.pages.LoginPage;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Walks the whole app against the fake workspace and saves what each screen and each kind of banner
 * looks like to {@code target/screenshots/*.png}, for people to look at. Not part of the normal
 * test run: {@code mvn -B test -Pscreenshots}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourTest {

    private final Screenshots shots = new Screenshots();
    private Preferences preferences;
    private ShellHarness harness;
    private FakeWorkspace fake;
    private FakeWorkspace largeWorkspace;
    private AppShell shell;
    private AppTheme theme;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        preferences = Preferences.userRoot().node("dev/tidybar/screenshot-tour");
        theme = new AppTheme(new AppPreferences(preferences));
        var text = UiText.load(Locale.ENGLISH);
        harness = ShellHarness.start(FakeWorkspaceConfig.demo(), new StatusBar(text, theme, true));
        theme.start(harness.tasks);
        fake = harness.fake;
        shell = harness.shell;
        scene = harness.scene(1000, 720);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws BackingStoreException {
        harness.close();
        if (largeWorkspace != null) {
            largeWorkspace.close();
        }
        preferences.removeNode();
    }

    @Test
    void everyScreenAndBanner(FxRobot robot) throws Exception {
        var login = new LoginPage(robot);
        var groups = new GroupsPage(robot);
        loginScreens(robot, login);

        signIn(login, DemoSeed.ALEX);
        groups.waitUntil(() -> groups.rowNames().contains("design-team"));
        shoot("10-groups-visible");
        groupBanners(robot, groups);
        bulkTidy(robot, groups);

        groups.showHidden();
        shoot("30-groups-hidden");
        groups.showVisible();
        groups.filter("no such group");
        shoot("31-groups-nothing-matches");
        groups.filter("design");
        robot.interact(theme::toggle);
        shoot("32-groups-dark");
        robot.interact(theme::toggle);

        fake.revokeAllTokens();
        robot.clickOn("#refreshButton");
        login.waitForBanner("Your session ended");
        shoot("40-login-session-ended");

        signIn(login, DemoSeed.NEWBIE);
        groups.waitUntil(() -> groups.emptyMessage().contains("not in any private group"));
        shoot("41-groups-empty");
        robot.clickOn("#logoutButton");

        // 3,041 groups under the production rate limit: the list at once, the room columns paced
        largeWorkspace = FakeWorkspace.start(FakeWorkspaceConfig.demo().withExtraGroups(3000)
                .withRateLimit(10, Duration.ofMinutes(1)));
        largeWorkspace.setLatency(Duration.ofMillis(400));
        login.typeWorkspace(largeWorkspace.baseUri().toString());
        signIn(login, DemoSeed.ALEX);
        groups.waitUntil(() -> robot.lookup("#loadProgressText").tryQuery().map(Node::isVisible).orElse(false)
                && groups.progressText().contains(" of "));
        shoot("42-groups-filling-in");
        largeWorkspace.setLatency(Duration.ZERO);
        groups.waitUntil(() -> groups.progressText().contains("rate limit"));
        groups.sortBy("Name");
        shoot("43-groups-filling-in-waits");

        // a bulk close at the production pace: ten, then the wait, said in words and in the title
        groups.filter("ops");
        robot.clickOn("#groupsTable");
        groups.keyboard().pressWithShortcut(KeyCode.A);
        groups.clickButton("#closeSelectedButton");
        groups.waitUntil(() -> groups.queueText().startsWith("Paused"));
        shoot("52-queue-paced-by-the-rate-limit");
        robot.clickOn("#logoutButton");
        signIn(login, DemoSeed.ALEX);
        groups.waitUntil(() -> groups.banner().title().startsWith("Resume"));
        shoot("54-resume-offer");
        groups.banner().clickButton("Discard");
    }

    private void bulkTidy(FxRobot robot, GroupsPage groups) throws Exception {
        robot.type(KeyCode.ESCAPE);
        groups.tick("backend-guild", false);
        groups.tick("customer-escalations", true);
        groups.tick("mobile-app", false);
        shoot("50-selection-ticked");
        robot.clickOn("#smartSelectMenu");
        groups.waitUntil(() -> robot.lookup("#selectInactiveButton").tryQuery().map(Node::isVisible).orElse(false));
        shots.saveWithPopups(scene, "51-select-menu");
        robot.interact(() -> robot.lookup("#smartSelectMenu").queryAs(MenuButton.class).hide());

        fake.deleteGroup(fake.roomIdByName("board-prep").orElseThrow());
        fake.injectFault("groups.close", Fault.forbidden(), 1);
        groups.clickButton("#closeSelectedButton");
        groups.waitUntil(() -> groups.banner().title().startsWith("Closed")
                && groups.banner().title().contains(" of "));
        robot.clickOn("#noticeDetailsToggle");
        shoot("53-batch-summary-with-details");
        robot.type(KeyCode.ESCAPE);
    }

    private void loginScreens(FxRobot robot, LoginPage login) throws IOException {
        waitUntil(login::isShown, "the login screen");
        shoot("01-login");

        login.typeCredentials(DemoSeed.ALEX, "not the password").clickLogIn();
        login.waitForBanner("Wrong username or password");
        shoot("02-login-wrong-password");

        login.typeCredentials(DemoSeed.SAM, DemoSeed.PASSWORD).clickLogIn();
        waitUntil(login::codeFieldShown, "the two-factor code field");
        shoot("03-login-2fa-code");
        login.typeCode("000000").clickLogIn();
        login.waitForBanner("That code did not work");
        shoot("04-login-2fa-wrong-code");
        robot.clickOn("#backButton");

        fake.injectFault("login", Fault.tooManyRequests(Duration.ofSeconds(42)), 1);
        login.typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD).clickLogIn();
        login.waitForBanner("Too many sign-in attempts");
        shoot("05-login-rate-limited");

        login.typeWorkspace("http://127.0.0.1:9").clickLogIn();
        login.waitForBanner("Cannot reach");
        shoot("06-login-unreachable");

        login.typeWorkspace(fake.baseUri() + "/wiki").clickLogIn();
        login.waitForBanner("does not answer like a Rocket.Chat server");
        shoot("07-login-not-rocket-chat");
        login.typeWorkspace(fake.baseUri().toString());
    }

    private void groupBanners(FxRobot robot, GroupsPage groups) throws Exception {
        groups.clickClose("design-team");
        groups.waitUntil(() -> groups.banner().title().startsWith("Closed"));
        shoot("11-banner-closed-with-undo");
        groups.banner().clickButton("Undo");
        groups.waitUntil(() -> groups.banner().title().startsWith("Reopened"));
        shoot("12-banner-undone");

        fake.deleteGroup(fake.roomIdByName("book-club").orElseThrow());
        groups.clickClose("book-club");
        groups.waitUntil(() -> groups.banner().title().contains("no longer there"));
        shoot("13-banner-group-not-found");
        // the list it reloads then must not see the next close, made behind the app's back; and coffee-chats, which
        // slides up under the pointer, would ignore a click for a moment (it was meant for the row before)
        groups.waitUntil(() -> !groups.rowNames().contains("book-club"));
        robot.moveTo("#filterField");

        // closed behind the app's back, as from another device
        harness.client.closeGroup(shell.sessionProperty().get(), fake.roomIdByName("coffee-chats").orElseThrow());
        groups.clickClose("coffee-chats");
        groups.waitUntil(() -> groups.banner().title().contains("already hidden"));
        shoot("14-banner-already-closed");

        // a passing failure is tried again by itself first: the queue line says so
        fake.injectFault("groups.close", Fault.serverError(), 1);
        groups.clickClose("docs-writers");
        groups.waitUntil(() -> groups.queueText().startsWith("Retrying in"));
        shoot("19-queue-retrying-after-a-server-error");
        groups.waitUntil(() -> groups.banner().title().startsWith("Closed"));
        groups.banner().clickButton("Undo");
        groups.waitUntil(() -> groups.banner().title().startsWith("Reopened"));

        failedClose(robot, groups, Fault.htmlBadGateway(), "docs-writers", "20-banner-proxy-502-with-retry");
        robot.clickOn("#noticeDetailsToggle");
        shoot("21-banner-details");
        failedClose(robot, groups, Fault.connectionReset(), "frontend-guild", "24-banner-network-failure");
        failedClose(robot, groups, Fault.forbidden(), "ml-experiments", "26-banner-forbidden");

        robot.type(KeyCode.ESCAPE);
        // short: the client remembers the window, and the batch below would wait for it
        fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(4)), 1);
        groups.clickClose("accessibility");
        groups.waitUntil(() -> groups.queueText().startsWith("Paused"));
        shoot("25-queue-rate-limited-countdown");
        robot.clickOn("#cancelQueueButton");
        groups.waitUntil(() -> groups.queueText().isEmpty());
    }

    /** A failure that stays through the queue's retries (a 4xx gets none): its banner. */
    private void failedClose(FxRobot robot, GroupsPage groups, Fault fault, String group, String name)
            throws IOException {
        robot.type(KeyCode.ESCAPE);
        groups.waitUntil(() -> !groups.banner().shown());
        // the first answer and the queue's three tries again; a 4xx is not tried again
        fake.injectFault("groups.close", fault, fault.kind() == Fault.Kind.FORBIDDEN ? 1 : 4);
        groups.clickClose(group);
        groups.waitUntil(() -> groups.banner().title().startsWith("Could not close"));
        shoot(name);
    }

    private void signIn(LoginPage login, String user) {
        waitUntil(login::isShown, "the login screen");
        login.typeCredentials(user, DemoSeed.PASSWORD).clickLogIn();
    }

    private void shoot(String name) throws IOException {
        shots.save(scene, name);
    }
}
