package dev.tidybar.app;

import static dev.tidybar.fake.DemoSeed.ALEX;
import static dev.tidybar.fake.DemoSeed.ALEX_PERSONAL_TOKEN;
import static dev.tidybar.fake.DemoSeed.ALEX_USER_ID;
import static dev.tidybar.fake.DemoSeed.PASSWORD;
import static dev.tidybar.fake.DemoSeed.SAM;
import static dev.tidybar.fake.DemoSeed.TOTP_CODE;
import static dev.tidybar.ui.pages.LoginPage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import dev.tidybar.ui.pages.GroupsPage;
import dev.tidybar.ui.pages.LoginPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A whole session through the real window against the fake workspace, logged by the app's own
 * logging setup with every logger turned all the way up (the app itself logs at INFO): then the
 * log file holds no password, no token and no 2FA code, right or wrong.
 */
@ExtendWith(ApplicationExtension.class)
class SessionLogKeepsSecretsFxTest {

    private static final String WRONG_PASSWORD = "wrong-Pw7tXq2Lm";
    private static final String WRONG_CODE = "918273";

    @TempDir
    Path logs;
    private ShellHarness harness;
    /** The token of each session the shell signed in; the fake's request log shows them redacted. */
    private final List<String> sessionTokens = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        AppLogging.configure(logs);
        everyLoggerAllTheWayUp();
        harness = ShellHarness.start(FakeWorkspaceConfig.demo(), new Region());
        harness.shell.sessionProperty().addListener((observable, was, signedIn) -> {
            if (signedIn != null) {
                sessionTokens.add(signedIn.authToken());
            }
        });
        harness.showIn(stage, 1100, 800);
    }

    @AfterEach
    void stop() throws IOException {
        harness.close();
        AppLogging.closeFile();
        // back to the tests' own setup, src/test/resources/logging.properties, in the JDK's format
        System.clearProperty("java.util.logging.SimpleFormatter.format");
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void aWholeSessionLeavesNoPasswordTokenOrCodeInTheLog(FxRobot robot) throws IOException {
        var login = new LoginPage(robot);
        var groups = new GroupsPage(robot);
        login.typeCredentials(ALEX, WRONG_PASSWORD).submitWithEnter();
        login.waitForBanner("Wrong username or password");
        harness.fake.injectFault("login", Fault.serverError(), 1);
        login.typeCredentials(ALEX, PASSWORD).submitWithEnter();
        login.waitForBanner("had a problem");
        login.switchToPersonalToken(ALEX_USER_ID, ALEX_PERSONAL_TOKEN).clickLogIn();
        logOutOnceListed(robot);

        robot.clickOn("#personalTokenSwitch"); // back to the password
        login.typeCredentials(ALEX, PASSWORD).submitWithEnter();
        waitUntil(() -> harness.shell.listLoadedProperty().get(), "the groups list");
        groups.clickClose("design-team");
        groups.waitUntil(() -> !harness.fake.isOpenFor(ALEX, roomId("design-team")).orElseThrow());
        harness.fake.injectFault("subscriptions.get", Fault.serverError(), 1);
        robot.type(KeyCode.F5);
        groups.banner().waitFor("Could not load your groups");
        harness.fake.revokeAllTokens();
        robot.type(KeyCode.F5);
        login.waitForBanner("Your session ended");

        login.typeCredentials(SAM, PASSWORD).submitWithEnter();
        waitUntil(login::codeFieldShown, "the code field");
        login.typeCode(WRONG_CODE).submitWithEnter();
        login.waitForBanner("That code did not work");
        login.typeCode(TOTP_CODE).submitWithEnter();
        logOutOnceListed(robot);

        List<String> log = readLog();
        assertThat(String.join("\n", log)).as("the log saw the session, down to the debug lines of each call")
                .contains("signed in to", "with a personal access token", "POST login -> HTTP 401",
                        "Background call failed", "NotLoggedInException");
        assertThat(log).filteredOn(givesASecretAway()).as("lines that give a secret away").isEmpty();
    }

    /** Beyond the app's INFO: every record of every logger reaches the file, the app's own debug lines too. */
    private static void everyLoggerAllTheWayUp() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.ALL);
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof FileHandler) {
                handler.setLevel(Level.ALL);
            }
        }
    }

    private void logOutOnceListed(FxRobot robot) {
        var login = new LoginPage(robot);
        waitUntil(() -> harness.shell.listLoadedProperty().get(), "the groups list");
        robot.clickOn("#logoutButton");
        waitUntil(login::isShown, "the login screen");
    }

    private String roomId(String name) {
        return harness.fake.roomIdByName(name).orElseThrow();
    }

    /**
     * Whether a line holds a password, a token the client sent (a login token of each session, the
     * personal one) or a code; codes as numbers of their own, as a longer number, such as a time in
     * milliseconds, may hold the same digits. A line naming X-Auth-Token is HttpClient's header log.
     */
    private Predicate<String> givesASecretAway() {
        List<String> tokens = sessionTokens.stream().distinct().toList();
        assertThat(tokens).as("the tokens of three sessions").hasSizeGreaterThanOrEqualTo(3);
        List<String> texts = Stream.concat(Stream.of(PASSWORD, WRONG_PASSWORD, ALEX_PERSONAL_TOKEN), tokens.stream())
                .toList();
        Pattern codes = Pattern.compile("(?<!\\d)(" + TOTP_CODE + "|" + WRONG_CODE + ")(?!\\d)");
        return line -> texts.stream().anyMatch(line::contains) || codes.matcher(line).find()
                || line.toLowerCase(Locale.ROOT).contains("x-auth-token");
    }

    /** The log file's lines; there must be only one file, or the start of the session may have rotated away. */
    private List<String> readLog() throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            List<Path> written = files.filter(file -> file.getFileName().toString().endsWith(".log")).toList();
            assertThat(written).as("one file, nothing rotated out of reach")
                    .containsExactly(logs.resolve("tidybar-0.log"));
        }
        return Files.readAllLines(logs.resolve("tidybar-0.log"));
    }
}
