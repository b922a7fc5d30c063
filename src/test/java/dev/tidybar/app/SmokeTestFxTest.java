package dev.tidybar.app;

import static dev.tidybar.ui.pages.LoginPage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.FxTaskRunner;
import dev.tidybar.ui.common.UiText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
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
    private FakeWorkspace fake;
    private HttpRocketChatClient client;
    private FxTaskRunner tasks;

    private void showWindow(Stage stage, String password) throws IOException {
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());
        client = new HttpRocketChatClient(ClientSettings.defaults("test"));
        tasks = new FxTaskRunner(2);
        var text = UiText.load(Locale.ENGLISH);
        var shell = new AppShell(client, tasks, new ErrorNotices(text, Clock.systemUTC()), text, Clock.systemUTC(),
                new Region());
        shell.login().workspaceProperty().set(fake.baseUri().toString());
        shell.login().userProperty().set(DemoSeed.ALEX);
        shell.login().passwordProperty().set(password);
        stage.setScene(new Scene(shell.root(), 800, 600));
        new SmokeTest(shell, new PrintStream(printed, true, StandardCharsets.UTF_8), exitStatus::set).watch(stage);
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
        client.close();
        fake.close();
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
            assertThat(line).matches("TIDYBAR_SMOKE ok groups=\\d+ first-frame-ms=\\d+ list-ms=\\d+\\R");
            // alex has about 40 private groups, hidden ones included
            assertThat(Integer.parseInt(line.replaceAll("(?s).*groups=(\\d+).*", "$1"))).isGreaterThanOrEqualTo(40);
            assertThat(fake.receivedRequests()).extracting(request -> request.endpoint()).contains("login", "groups.list");
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
}
