package dev.tidybar.app;

import static dev.tidybar.ui.pages.LoginPage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import dev.tidybar.keychain.KeychainUnavailableException;
import dev.tidybar.keychain.MemoryKeychain;
import dev.tidybar.keychain.MemoryPreferences;
import dev.tidybar.keychain.SessionKeeper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@code --smoke-test} without ending the test JVM: the line it prints and the status it would exit with. */
@ExtendWith(ApplicationExtension.class)
class SmokeTestFxTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicInteger exitStatus = new AtomicInteger(-1);
    private ShellHarness harness;

    private void showWindow(Stage stage, String password) throws IOException {
        showWindow(stage, password, MemoryKeychain.emptyKeeper(), workspace -> { });
    }

    private void showWindow(Stage stage, String password, SessionKeeper keeper, Consumer<FakeWorkspace> before)
            throws IOException {
        harness = ShellHarness.start(FakeWorkspaceConfig.demo(), new Region(), keeper);
        before.accept(harness.fake);
        var shell = harness.shell;
        shell.login().userProperty().set(DemoSeed.ALEX);
        shell.login().passwordProperty().set(password);
        stage.setScene(harness.scene(800, 600));
        new SmokeTest(shell, new PrintStream(printed, true, StandardCharsets.UTF_8), exitStatus::set).watch(stage);
        stage.show();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Nested
    class WithTheDemoLogin {

        @Start
        void start(Stage stage) throws IOException {
            showWindow(stage, DemoSeed.PASSWORD);
        }

        @Test
        void signsInLoadsTheListAndReportsTheTimes() {
            waitUntil(() -> exitStatus.get() >= 0, "the smoke test to finish");

            assertThat(exitStatus.get()).isZero();
            String line = printed.toString(StandardCharsets.UTF_8);
            assertThat(line).matches(
                    "TIDYBAR_SMOKE ok groups=\\d+ first-frame-ms=\\d+ list-ms=\\d+ longest-pulse-gap-ms=\\d+"
                            + " keychain=available\\R");
            // alex has about 40 private groups, hidden ones included
            assertThat(Integer.parseInt(line.replaceAll("(?s).*groups=(\\d+).*", "$1"))).isGreaterThanOrEqualTo(40);
            assertThat(harness.fake.receivedRequests()).extracting(request -> request.endpoint()).contains("login", "groups.list");
        }
    }

    @Nested
    class WhileTheDemoWorkspaceStarts {

        @Start
        void start(Stage stage) throws IOException {
            showWindow(stage, "", MemoryKeychain.emptyKeeper(), workspace -> {
                harness.shell.login().workspaceProperty().set("");
                harness.shell.login().hold("Starting the demo workspace");
            });
        }

        @Test
        void signsInOnceTheWorkspaceIsUp() {
            waitUntil(() -> harness.shell.login().busyProperty().get(), "the smoke test's Log in");
            assertThat(exitStatus.get()).as("not failed on the empty form").isEqualTo(-1);

            Platform.runLater(() -> {
                LoginMemory.fillInDemo(harness.shell.login(), harness.fake.baseUri());
                harness.shell.login().release();
            });
            waitUntil(() -> exitStatus.get() >= 0, "the smoke test to finish");

            assertThat(exitStatus.get()).isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("TIDYBAR_SMOKE ok ");
        }
    }

    @Nested
    class WithoutAKeychain {

        @Start
        void start(Stage stage) throws IOException {
            var keychain = new MemoryKeychain();
            keychain.goAway(KeychainUnavailableException.Reason.NO_SESSION_BUS);
            showWindow(stage, DemoSeed.PASSWORD, new SessionKeeper(keychain, new MemoryPreferences()), workspace -> { });
        }

        @Test
        void stillPassesAndSaysSo() {
            waitUntil(() -> exitStatus.get() >= 0, "the smoke test to finish");

            assertThat(exitStatus.get()).isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("TIDYBAR_SMOKE ok ").contains(" keychain=unavailable");
        }
    }

    @Nested
    class WithAWrongPassword {

        @Start
        void start(Stage stage) throws IOException {
            showWindow(stage, "wrong");
        }

        @Test
        void failsWithTheReasonWhenSignInFails() {
            waitUntil(() -> exitStatus.get() >= 0, "the smoke test to finish");

            assertThat(exitStatus.get()).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .startsWith("TIDYBAR_SMOKE failed sign-in failed: Wrong username or password");
        }
    }

    /** The smoke test ended with 1, and its line gives the groups screen's banner. */
    private void assertTheListFailed() {
            waitUntil(() -> exitStatus.get() >= 0, "the smoke test to finish");

            assertThat(exitStatus.get()).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("TIDYBAR_SMOKE failed the list failed: ");
    }

    @Nested
    class WhenTheListFails {

        @Start
        void start(Stage stage) throws IOException {
            showWindow(stage, DemoSeed.PASSWORD, MemoryKeychain.emptyKeeper(),
                    workspace -> workspace.injectFault("subscriptions.get", Fault.serverError(), 10));
        }

        @Test
        void failsAtOnceWithTheBannerItWouldShow() {
            assertTheListFailed();
        }
    }

    /** The room columns fill in after the list shows; the smoke test waits for them, so it vouches for them too. */
    @Nested
    class WhenTheRoomColumnsFail {

        @Start
        void start(Stage stage) throws IOException {
            showWindow(stage, DemoSeed.PASSWORD, MemoryKeychain.emptyKeeper(),
                    workspace -> workspace.injectFault("groups.list", Fault.serverError(), 1000));
        }

        @Test
        void failsWithTheBannerItWouldShow() {
            assertTheListFailed();
        }
    }
}
