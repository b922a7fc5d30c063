package dev.tidybar.app;

import static dev.tidybar.ui.pages.LoginPage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import dev.tidybar.fake.ReceivedRequest;
import dev.tidybar.ui.pages.GroupsPage;
import dev.tidybar.ui.pages.LoginPage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
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

/** The login screen in a real window, against the fake workspace: what the user sees and what the server got. */
@ExtendWith(ApplicationExtension.class)
class LoginScreenFxTest {

    private static final String CHAT = "https://chat.example.com";
    private static final String TEAM = "https://team.example.org";
    private static final String OLD = "https://old.example.net";

    private ShellHarness harness;
    private FakeWorkspace fake;
    private AppShell shell;

    @Start
    void start(Stage stage) throws IOException {
        harness = ShellHarness.start(FakeWorkspaceConfig.demo(), new Region());
        fake = harness.fake;
        shell = harness.shell;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(harness.scene(900, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void focusStartsInTheFirstEmptyField(FxRobot robot) {
        var page = new LoginPage(robot);

        waitUntil(() -> page.focused("userField"), "the focus in the username field");
    }

    @Test
    void everythingIsReachableWithTab(FxRobot robot) {
        var page = new LoginPage(robot);
        waitUntil(() -> page.focused("userField"), "the focus in the username field");

        waitUntil(page::keepSignedInEnabled, "Keep me signed in to be offered");

        assertThat(page.tabThrough(6)).containsExactly("passwordField", "personalTokenSwitch", "keepSignedInSwitch",
                "loginButton", "workspaceField", "userField");
    }

    @Test
    void tooManyRequestsShowsACountdown(FxRobot robot) {
        var page = new LoginPage(robot);
        fake.injectFault("login", Fault.tooManyRequests(Duration.ofSeconds(3)), 1);

        page.typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD).submitWithEnter();

        page.waitForBanner("Too many sign-in attempts");
        assertThat(page.bannerText()).containsPattern("Try again in [1-3] seconds?");
        page.waitForBanner("You can try again now");
        assertThat(received("login").bodyField("user")).contains(DemoSeed.ALEX);
    }

    @Test
    void aPasswordLoginShowsTheGroups(FxRobot robot) {
        var page = new LoginPage(robot);

        page.typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD).submitWithEnter();

        var groups = new GroupsPage(robot);
        waitUntil(() -> shell.listLoadedProperty().get(), "the groups list");
        assertThat(groups.rowNames()).contains("design-team");
        assertThat(page.isShown()).isFalse();
        ReceivedRequest login = received("login");
        assertThat(login.method()).isEqualTo("POST");
        assertThat(login.bodyField("user")).contains(DemoSeed.ALEX);
        assertThat(login.bodyField("password")).contains(ReceivedRequest.REDACTED);
        ReceivedRequest list = received("groups.list");
        assertThat(list.userId()).isEqualTo(DemoSeed.ALEX_USER_ID);
        assertThat(list.authToken()).isEqualTo(ReceivedRequest.REDACTED);
    }

    @Test
    void loggingOutComesBackToTheFormWithWorkspaceAndUserKept(FxRobot robot) {
        var page = new LoginPage(robot);
        page.typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD).submitWithEnter();
        waitUntil(() -> shell.listLoadedProperty().get(), "the groups list");

        robot.clickOn("#logoutButton");

        waitUntil(page::isShown, "the login screen");
        assertThat(page.fieldText("userField")).isEqualTo(DemoSeed.ALEX);
        assertThat(page.fieldText("passwordField")).isEmpty();
        assertThat(page.bannerText()).isEmpty();
        waitUntil(() -> page.focused("passwordField"), "the focus in the password field");
        assertThat(received("logout").method()).isEqualTo("POST");
    }

    @Test
    void aRevokedSessionComesBackToTheFormWithABanner(FxRobot robot) {
        var page = new LoginPage(robot);
        page.typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD).submitWithEnter();
        waitUntil(() -> shell.listLoadedProperty().get(), "the groups list");
        fake.revokeAllTokens();

        robot.type(KeyCode.F5);

        page.waitForBanner("Your session ended");
        assertThat(page.isShown()).isTrue();
        assertThat(page.fieldText("userField")).isEqualTo(DemoSeed.ALEX);
        assertThat(shell.sessionProperty().get()).isNull();
    }

    @Test
    void aWrongPasswordShowsABannerAndKeepsTheFields(FxRobot robot) {
        var page = new LoginPage(robot);

        page.typeCredentials(DemoSeed.ALEX, "wrong-password").clickLogIn();

        page.waitForBanner("Wrong username or password");
        assertThat(page.fieldText("userField")).isEqualTo(DemoSeed.ALEX);
        assertThat(page.fieldText("passwordField")).isEqualTo("wrong-password");
        assertThat(received("login").bodyField("password")).contains(ReceivedRequest.REDACTED);
        assertThat(shell.sessionProperty().get()).isNull();
    }

    @Test
    void anAddressWithoutRocketChatIsCalledOutWhenEnterIsPressedInIt(FxRobot robot) {
        var page = new LoginPage(robot);
        page.typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD);

        page.typeWorkspace(fake.baseUri() + "/not-chat").submitWithEnter();

        page.waitForBanner("This address does not answer like a Rocket.Chat server");
        assertThat(page.bannerText()).contains("127.0.0.1 has no Rocket.Chat API at this address");
        assertThat(page.fieldText("passwordField")).isEqualTo(DemoSeed.PASSWORD);
        assertThat(fake.receivedRequests()).extracting(ReceivedRequest::endpoint).doesNotContain("login");
    }

    @Test
    void escClosesTheBannerAndKeepsTheFields(FxRobot robot) {
        var page = new LoginPage(robot);
        page.typeCredentials(DemoSeed.ALEX, "wrong-password").submitWithEnter();
        page.waitForBanner("Wrong username or password");

        page.pressEscape();

        waitUntil(() -> page.bannerText().isEmpty(), "the banner to close");
        assertThat(page.fieldText("passwordField")).isEqualTo("wrong-password");
    }

    @Test
    void aTwoFactorCodeIsAskedForOnTheSameScreen(FxRobot robot) {
        var page = new LoginPage(robot);

        page.typeCredentials(DemoSeed.SAM, DemoSeed.PASSWORD).submitWithEnter();
        waitUntil(page::codeFieldShown, "the code field");
        assertThat(page.codeHint()).contains("authenticator app");
        waitUntil(() -> page.focused("codeField"), "the focus in the code field");
        page.typeCode(DemoSeed.TOTP_CODE).submitWithEnter();

        waitUntil(() -> shell.listLoadedProperty().get(), "the groups list");
        assertThat(page.isShown()).isFalse();
        assertThat(lastOf(fake.receivedRequests(), "login").bodyField("code")).contains(ReceivedRequest.REDACTED);
    }

    @Test
    void aWrongCodeGetsAMessageAndTheCodeStays(FxRobot robot) {
        var page = new LoginPage(robot);
        page.typeCredentials(DemoSeed.SAM, DemoSeed.PASSWORD).submitWithEnter();
        waitUntil(page::codeFieldShown, "the code field");

        page.typeCode("000000").submitWithEnter();

        page.waitForBanner("That code did not work");
        assertThat(page.codeFieldShown()).isTrue();
        assertThat(page.fieldText("codeField")).isEqualTo("000000");
        assertThat(lastOf(fake.receivedRequests(), "login").bodyField("code")).contains(ReceivedRequest.REDACTED);
    }

    @Test
    void aPersonalAccessTokenLogsIn(FxRobot robot) {
        var page = new LoginPage(robot);

        page.switchToPersonalToken(DemoSeed.ALEX_USER_ID, DemoSeed.ALEX_PERSONAL_TOKEN).clickLogIn();

        var groups = new GroupsPage(robot);
        waitUntil(() -> shell.listLoadedProperty().get(), "the groups list");
        assertThat(groups.rowNames()).contains("design-team");
        assertThat(received("groups.list").authToken()).isEqualTo(ReceivedRequest.REDACTED);
        ReceivedRequest me = received("me");
        assertThat(me.method()).isEqualTo("GET");
        assertThat(me.userId()).isEqualTo(DemoSeed.ALEX_USER_ID);
        assertThat(me.authToken()).isEqualTo(ReceivedRequest.REDACTED);
        assertThat(fake.receivedRequests()).extracting(ReceivedRequest::endpoint).doesNotContain("login");
    }

    @Test
    void whileSigningInTheFormWaitsAndEscCancels(FxRobot robot) {
        var page = new LoginPage(robot);
        fake.setLatency(Duration.ofSeconds(3));

        page.typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD).clickLogIn();

        waitUntil(() -> page.loginButtonText().equals("Signing in\u2026"), "the button to say Signing in…");
        assertThat(page.loginButtonShowsSpinner()).isTrue();
        assertThat(page.formDisabled()).isTrue();
        page.pressEscape();
        page.waitForBanner("Sign-in cancelled");
        assertThat(page.formDisabled()).isFalse();
        waitUntil(() -> page.focused("passwordField"), "the focus back in the password field");
        assertThat(page.loginButtonText()).isEqualTo("Log in");
        assertThat(page.fieldText("passwordField")).isEqualTo(DemoSeed.PASSWORD);
        assertThat(shell.sessionProperty().get()).isNull();
    }

    @Test
    void aSignInCancelledBeforeTheServerAnswersIsLoggedOutWhenItDoes(FxRobot robot) {
        var page = new LoginPage(robot);
        fake.injectFault("login", Fault.delay(Duration.ofSeconds(2)), 1);

        page.typeCredentials(DemoSeed.ALEX, DemoSeed.PASSWORD).clickLogIn();
        waitUntil(page::formDisabled, "the form to wait for the server");
        page.pressEscape();
        page.waitForBanner("Sign-in cancelled");

        waitUntil(() -> fake.receivedRequests().stream().anyMatch(request -> request.endpoint().equals("logout")),
                "the cancelled sign-in to be logged out");
        assertThat(received("logout").userId()).isEqualTo(DemoSeed.ALEX_USER_ID);
        assertThat(page.isShown()).isTrue();
        assertThat(page.bannerText()).contains("Sign-in cancelled");
        assertThat(shell.sessionProperty().get()).isNull();
    }

    @Test
    void deleteInTheOpenWorkspaceListForgetsTheHighlightedAddress(FxRobot robot) {
        var page = new LoginPage(robot);
        robot.interact(() -> shell.login().recentWorkspaces().setAll(CHAT, TEAM, OLD));

        page.openWorkspaceList();
        robot.type(KeyCode.DOWN);
        assertThat(page.highlightedWorkspace()).isEqualTo(TEAM);
        robot.type(KeyCode.DELETE);

        waitUntil(() -> page.workspaceListEntries().equals(List.of(CHAT, OLD)), "the list without " + TEAM);
        assertThat(shell.login().recentWorkspaces()).containsExactly(CHAT, OLD);
        assertThat(page.fieldText("workspaceField .text-field")).isEqualTo(TEAM);
    }

    @Test
    void theCrossInTheWorkspaceListForgetsItsAddress(FxRobot robot) {
        var page = new LoginPage(robot);
        robot.interact(() -> shell.login().recentWorkspaces().setAll(CHAT, TEAM, OLD));

        page.openWorkspaceList().forgetWorkspaceWithMouse(OLD);

        waitUntil(() -> shell.login().recentWorkspaces().equals(List.of(CHAT, TEAM)), "the list without " + OLD);
        assertThat(page.fieldText("workspaceField .text-field")).isEqualTo(fake.baseUri().toString());
    }

    private ReceivedRequest received(String endpoint) {
        return lastOf(fake.receivedRequests(), endpoint);
    }

    private static ReceivedRequest lastOf(List<ReceivedRequest> requests, String endpoint) {
        return requests.stream().filter(request -> request.endpoint().equals(endpoint))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("the fake received no " + endpoint + " request: " + requests));
    }
}
