package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signing in and out against the fake workspace, over real loopback HTTP. */
class LoginTest {

    private final HttpRocketChatClient client = new HttpRocketChatClient(ClientSettings.defaults("test"));
    private FakeWorkspace fake;

    @AfterEach
    void stop() {
        client.close();
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void signsInWithAUsernameOrAnEmail() throws Exception {
        start(FakeWorkspaceConfig.demo());

        Session byName = client.login(address(), new PasswordLogin(DemoSeed.ALEX, DemoSeed.PASSWORD, null));
        Session byEmail = client.login(address(), new PasswordLogin(DemoSeed.EMAIL, DemoSeed.PASSWORD, null));

        for (Session session : new Session[] {byName, byEmail}) {
            assertThat(session.userId()).isEqualTo(DemoSeed.ALEX_USER_ID);
            assertThat(session.username()).isEqualTo(DemoSeed.ALEX);
            assertThat(session.displayName()).isEqualTo("Alex Morgan");
            assertThat(session.personalToken()).isFalse();
        }
        assertThat(byName.authToken()).isNotBlank().isNotEqualTo(byEmail.authToken());
        assertThat(fake.receivedRequests()).extracting(request -> request.bodyField("user").orElseThrow())
                .containsExactly(DemoSeed.ALEX, DemoSeed.EMAIL);
    }

    @Test
    void asksForTheAuthenticatorCodeThenSignsInWithIt() throws Exception {
        start(FakeWorkspaceConfig.demo());
        PasswordLogin login = new PasswordLogin(DemoSeed.SAM, DemoSeed.PASSWORD, null);

        assertThatThrownBy(() -> client.login(address(), login))
                .isInstanceOfSatisfying(TwoFactorRequiredException.class, failure -> {
                    assertThat(failure.method()).isEqualTo(TwoFactorRequiredException.Method.AUTHENTICATOR_APP);
                    assertThat(failure.serverError()).isEqualTo("totp-required");
                    assertThat(failure.getMessage()).doesNotContain(DemoSeed.PASSWORD);
                });
        Session session = client.login(address(), login.withTwoFactorCode(DemoSeed.TOTP_CODE));

        assertThat(session.username()).isEqualTo(DemoSeed.SAM);
    }

    @Test
    void asksForTheEmailedCodeAndSaysWhenItIsWrong() throws Exception {
        start(FakeWorkspaceConfig.demo());
        PasswordLogin login = new PasswordLogin(DemoSeed.ROBIN, DemoSeed.PASSWORD, null);

        assertThatThrownBy(() -> client.login(address(), login))
                .isInstanceOfSatisfying(TwoFactorRequiredException.class,
                        failure -> assertThat(failure.method()).isEqualTo(TwoFactorRequiredException.Method.EMAIL));
        assertThatThrownBy(() -> client.login(address(), login.withTwoFactorCode("000000")))
                .isInstanceOfSatisfying(TwoFactorInvalidException.class, failure -> {
                    assertThat(failure.serverError()).isEqualTo("totp-invalid");
                    assertThat(failure.getMessage()).doesNotContain("000000");
                });
        assertThat(client.login(address(), login.withTwoFactorCode(DemoSeed.EMAIL_CODE)).username())
                .isEqualTo(DemoSeed.ROBIN);
    }

    @Test
    void saysWhenTheAuthenticatorCodeIsWrong() throws Exception {
        start(FakeWorkspaceConfig.demo());

        assertThatThrownBy(() -> client.login(address(),
                new PasswordLogin(DemoSeed.SAM, DemoSeed.PASSWORD, "123456")))
                .isInstanceOfSatisfying(TwoFactorInvalidException.class, failure ->
                        assertThat(failure.method()).isEqualTo(TwoFactorRequiredException.Method.AUTHENTICATOR_APP));
    }

    @Test
    void aWrongPasswordIsWrongCredentialsAndNamesNoSecret() throws Exception {
        start(FakeWorkspaceConfig.demo());

        assertThatThrownBy(() -> client.login(address(), new PasswordLogin(DemoSeed.ALEX, "guess-1", null)))
                .isInstanceOfSatisfying(WrongCredentialsException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(401);
                    assertThat(failure.serverError()).isEqualTo("Unauthorized");
                    assertThat(failure.getMessage()).doesNotContain("guess-1");
                });
    }

    @Test
    void tooManyWrongPasswordsBlockTheUser() throws Exception {
        start(FakeWorkspaceConfig.demo());
        PasswordLogin wrong = new PasswordLogin(DemoSeed.ALEX, "guess", null);
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThatThrownBy(() -> client.login(address(), wrong)).isInstanceOf(WrongCredentialsException.class);
        }

        assertThatThrownBy(() -> client.login(address(), new PasswordLogin(DemoSeed.ALEX, DemoSeed.PASSWORD, null)))
                .isInstanceOfSatisfying(LoginBlockedException.class, failure -> {
                    assertThat(failure.blockedByIp()).isFalse();
                    assertThat(failure.serverError()).isEqualTo("error-login-blocked-for-user");
                });
    }

    @Test
    void signsInWithAPersonalAccessToken() throws Exception {
        start(FakeWorkspaceConfig.demo());

        Session session = client.loginWithPersonalToken(address(), DemoSeed.ALEX_USER_ID, DemoSeed.ALEX_PERSONAL_TOKEN);

        assertThat(session.personalToken()).isTrue();
        assertThat(session.username()).isEqualTo(DemoSeed.ALEX);
        assertThat(session.authToken()).isEqualTo(DemoSeed.ALEX_PERSONAL_TOKEN);
        assertThat(session.toString()).doesNotContain(DemoSeed.ALEX_PERSONAL_TOKEN);
        assertThat(fake.receivedRequests()).singleElement()
                .satisfies(request -> assertThat(request.endpoint()).isEqualTo("me"));
    }

    @Test
    void aWrongPersonalTokenIsWrongCredentials() throws Exception {
        start(FakeWorkspaceConfig.demo());

        assertThatThrownBy(() -> client.loginWithPersonalToken(address(), DemoSeed.ALEX_USER_ID, "not-the-token"))
                .isInstanceOfSatisfying(WrongCredentialsException.class,
                        failure -> assertThat(failure.getMessage()).doesNotContain("not-the-token"));
    }

    @Test
    void logsOutWhenLogoutAnswersWithAnEmptyBody() throws Exception {
        start(FakeWorkspaceConfig.demo());
        logsOutAndTheTokenStopsWorking();
    }

    @Test
    void logsOutWhenLogoutAnswersWithTheOldJsonBody() throws Exception {
        start(FakeWorkspaceConfig.demo().withJsonLogout());
        logsOutAndTheTokenStopsWorking();
    }

    @Test
    void loggingOutOfAPersonalTokenSessionLeavesTheTokenValid() throws Exception {
        start(FakeWorkspaceConfig.demo());
        Session session = client.loginWithPersonalToken(address(), DemoSeed.ALEX_USER_ID, DemoSeed.ALEX_PERSONAL_TOKEN);

        client.logout(session);

        assertThat(fake.receivedRequests()).noneMatch(request -> request.endpoint().equals("logout"));
        assertThat(client.readGroups(session, LoadProgress.NONE).groups()).isNotEmpty();
    }

    @Test
    void aRevokedSessionIsNotLoggedIn() throws Exception {
        start(FakeWorkspaceConfig.demo());
        Session session = Fakes.signIn(client, fake, DemoSeed.ALEX);

        fake.revokeAllTokens();

        assertThatThrownBy(() -> client.readGroups(session, LoadProgress.NONE).groups())
                .isInstanceOfSatisfying(NotLoggedInException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(401);
                    assertThat(failure.serverError()).isEqualTo("You must be logged in to do this.");
                    assertThat(failure.getMessage()).doesNotContain(session.authToken());
                });
    }

    private void logsOutAndTheTokenStopsWorking() throws RocketChatException {
        Session session = Fakes.signIn(client, fake, DemoSeed.ALEX);

        client.logout(session);

        assertThatThrownBy(() -> client.closeGroup(session, fake.roomIdByName("design-team").orElseThrow()))
                .isInstanceOf(NotLoggedInException.class);
    }

    private void start(FakeWorkspaceConfig config) throws IOException {
        fake = FakeWorkspace.start(config);
    }

    private WorkspaceAddress address() {
        return Fakes.address(fake);
    }
}
