package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * However a sign-in or a call fails, the failure prints no password, token or code: not in its
 * message, not in toString, and not in the causes that a logged stack trace shows. The fake gives
 * the usual refusals; the loopback server gives login answers with the token in places Jackson quotes.
 */
class FailuresKeepSecretsTest extends LoopbackClientTest {

    private static final String PASSWORD = "pw-Kd8xR3mVq";
    private static final String CODE = "code-24680Yh";
    private static final String TOKEN = "tokZr5wQ9nBc7";

    private FakeWorkspace fake;

    @BeforeEach
    void startFake() throws IOException {
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void aWrongPassword() {
        assertKeepsSecrets(() -> client.login(Fakes.address(fake), new PasswordLogin(DemoSeed.ALEX, PASSWORD, null)));
    }

    @Test
    void aWrongCode() {
        assertKeepsSecrets(() -> client.login(Fakes.address(fake),
                new PasswordLogin(DemoSeed.SAM, DemoSeed.PASSWORD, CODE)));
    }

    @Test
    void aPersonalTokenTheServerDoesNotKnow() {
        assertKeepsSecrets(() -> client.loginWithPersonalToken(Fakes.address(fake), DemoSeed.ALEX_USER_ID, TOKEN));
    }

    @Test
    void aSessionTheServerEnded() throws Exception {
        Session alex = Fakes.signIn(client, fake, DemoSeed.ALEX);
        fake.revokeAllTokens();

        assertKeepsSecrets(() -> client.readGroups(alex, LoadProgress.NONE), alex.authToken());
    }

    @Test
    void aServerErrorAtSignIn() {
        fake.injectFault("login", Fault.serverError(), 1);

        assertKeepsSecrets(() -> client.login(Fakes.address(fake), new PasswordLogin(DemoSeed.ALEX, PASSWORD, CODE)));
    }

    @Test
    void aConnectionResetAtSignIn() {
        fake.injectFault("login", Fault.connectionReset(), 1);

        assertKeepsSecrets(() -> client.login(Fakes.address(fake), new PasswordLogin(DemoSeed.ALEX, PASSWORD, CODE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"status\":\"success\",\"data\":{\"userId\":\"u1\",\"authToken\":TOKEN}}",
        "{\"status\":\"success\",\"data\":\"TOKEN\"}",
        "{\"status\":\"success\",\"data\":{\"userId\":\"u1\",\"authToken\":\"TOKEN\",\"me\":\"TOKEN\"}}",
        "{\"status\":\"success\",\"data\":{\"userId\":[\"u1\"],\"authToken\":\"TOKEN\"}}",
        "{\"status\":\"success\",\"data\":{\"userId\":\"u1\",\"authToken\":\"TOKEN",
        "{\"status\":\"success\",\"data\":{\"authToken\":\"TOKEN\"}}"})
    void aLoginAnswerThatCannotBeRead(String answer) {
        server.answerJson("/api/v1/login", 200, answer.replace("TOKEN", TOKEN));

        assertKeepsSecrets(() -> client.login(server.workspace(), new PasswordLogin("alex", PASSWORD, CODE)));
    }

    /** The call must fail; {@code more} are secrets besides the test's own. */
    private static void assertKeepsSecrets(ThrowingCallable call, String... more) {
        var failure = catchThrowableOfType(RocketChatException.class, call);
        String[] secrets = Stream.concat(Stream.of(PASSWORD, CODE, TOKEN), Stream.of(more)).toArray(String[]::new);
        var trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));

        assertThat(failure.getMessage()).isNotBlank().doesNotContain(secrets);
        assertThat(failure.toString()).doesNotContain(secrets);
        assertThat(trace.toString()).as("the stack trace a log shows, causes and all").doesNotContain(secrets);
    }
}
