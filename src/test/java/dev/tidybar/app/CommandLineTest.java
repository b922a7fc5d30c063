package dev.tidybar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void noOptionsOpensTheWindowOnTheLoginScreen() throws Exception {
        var commandLine = CommandLine.parse(List.of());

        assertThat(commandLine.request()).isEqualTo(CommandLine.Request.RUN);
        assertThat(commandLine.demo()).isFalse();
        assertThat(commandLine.serverOption()).isEmpty();
        assertThat(commandLine.userOption()).isEmpty();
    }

    @Test
    void serverAndUserFillInTheFormInEitherSpelling() throws Exception {
        var commandLine = CommandLine.parse(List.of("--server", "chat.example.com", "--user=alex"));

        assertThat(commandLine.serverOption()).contains("chat.example.com");
        assertThat(commandLine.userOption()).contains("alex");
    }

    @Test
    void smokeTestRunsOnTheDemoWorkspace() throws Exception {
        var commandLine = CommandLine.parse(List.of("--demo", "--smoke-test"));

        assertThat(commandLine.demo()).isTrue();
        assertThat(commandLine.smokeTest()).isTrue();
    }

    @Test
    void smokeTestRunsOnAWorkspaceWithThePasswordFromTheEnvironment() throws Exception {
        var commandLine = CommandLine.parse(List.of("--smoke-test", "--server", "http://127.0.0.1:3000", "--user",
                "alex"), Map.of(CommandLine.SMOKE_PASSWORD, "secret")::get);

        assertThat(commandLine.demo()).isFalse();
        assertThat(commandLine.smokeTest()).isTrue();
        assertThat(commandLine.serverOption()).contains("http://127.0.0.1:3000");
        assertThat(commandLine.userOption()).contains("alex");
        assertThat(commandLine.toString()).doesNotContain("secret");
    }

    @Test
    void smokeTestWithoutTheDemoOrAWorkspaceAndUserIsRefused() {
        var password = Map.of(CommandLine.SMOKE_PASSWORD, "secret");
        for (var args : List.of(List.of("--smoke-test"), List.of("--smoke-test", "--server", "chat.example.com"),
                List.of("--smoke-test", "--user", "alex"))) {
            assertThatThrownBy(() -> CommandLine.parse(args, password::get))
                    .as(args.toString())
                    .isInstanceOfSatisfying(CommandLine.UsageException.class,
                            e -> assertThat(e.key()).isEqualTo("cli.smokeNeedsServer"));
        }
    }

    @Test
    void smokeTestOnAWorkspaceWithoutThePasswordVariableIsAUsageError() {
        var args = List.of("--smoke-test", "--server", "chat.example.com", "--user", "alex");
        for (var environment : List.<Map<String, String>>of(Map.of(), Map.of(CommandLine.SMOKE_PASSWORD, ""))) {
            assertThatThrownBy(() -> CommandLine.parse(args, environment::get))
                    .isInstanceOfSatisfying(CommandLine.UsageException.class,
                            e -> assertThat(e.argument()).isEqualTo("TIDYBAR_SMOKE_PASSWORD"));
        }
    }

    @Test
    void theMissingPasswordVariableIsNamedAndExitsTwo() {
        // the environment of this JVM: the build does not set the variable
        assertThat(System.getenv(CommandLine.SMOKE_PASSWORD)).isNull();

        assertThat(answer("--smoke-test", "--server", "chat.example.com", "--user", "alex"))
                .hasValue(Launcher.USAGE_ERROR);

        assertThat(printed(err)).contains("TIDYBAR_SMOKE_PASSWORD is not set", "--help");
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--server", "--demo")))
                .isInstanceOfSatisfying(CommandLine.UsageException.class,
                        e -> assertThat(e.argument()).isEqualTo("--server"));
    }

    @Test
    void theDemoCanBeBigAndRateLimited() throws Exception {
        var commandLine = CommandLine.parse(List.of("--demo", "--demo-groups", "1000", "--demo-rate-limit=10/6"));

        assertThat(commandLine.demoSetup()).isEqualTo(new CommandLine.DemoSetup(1000, 10, 6));
        assertThat(CommandLine.parse(List.of("--demo")).demoSetup()).isEqualTo(new CommandLine.DemoSetup(0, 0, 0));
    }

    @Test
    void aRateLimitThatIsNotCallsPerSecondsIsRefused() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--demo", "--demo-rate-limit", "10")))
                .isInstanceOfSatisfying(CommandLine.UsageException.class,
                        e -> assertThat(e.key()).isEqualTo("cli.badRateLimit"));
        assertThatThrownBy(() -> CommandLine.parse(List.of("--demo", "--demo-groups", "many")))
                .isInstanceOfSatisfying(CommandLine.UsageException.class, e -> {
                    assertThat(e.key()).isEqualTo("cli.badNumber");
                    assertThat(e.argument()).isEqualTo("--demo-groups many");
                });
    }

    @Test
    void helpPrintsTheOptionsAndExitsZero() {
        assertThat(answer("--help")).hasValue(0);

        assertThat(printed(out)).contains("--server URL", "--user NAME", "--demo", "--demo-rate-limit", "--version",
                "TIDYBAR_SMOKE_PASSWORD");
    }

    @Test
    void versionPrintsTheVersionMavenFiltered() {
        assertThat(answer("--version")).hasValue(0);

        assertThat(printed(out)).matches("Tidybar \\d+\\.\\d+\\.\\d+\\S*\\R");
    }

    @Test
    void anUnknownOptionIsNamedAndExitsTwo() {
        assertThat(answer("--dmeo")).hasValue(Launcher.USAGE_ERROR);

        assertThat(printed(err)).contains("Unknown option \u201c--dmeo\u201d", "--help");
        assertThat(printed(out)).isEmpty();
    }

    @Test
    void theWindowOptionsLeaveTheAnswerToTheWindow() {
        assertThat(answer("--demo", "--server", "chat.example.com")).isEmpty();
    }

    private OptionalInt answer(String... args) {
        return Launcher.answerWithoutWindow(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String printed(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
