package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Login and logout answers of other server versions and settings than the fake's (contract §1.2, §1.3). */
class LoginVariantsTest extends LoopbackClientTest {

    @Test
    void acceptsTheSixXSuccessBodyWithoutASuccessKey() throws Exception {
        server.answerJson("/api/v1/login", 200, "{\"status\":\"success\",\"data\":{\"userId\":\"u1\","
                + "\"authToken\":\"t1\",\"me\":{\"_id\":\"u1\",\"username\":\"alex\"}}}");

        Session session = login();

        assertThat(session.authToken()).isEqualTo("t1");
        assertThat(session.displayName()).isEqualTo("alex");
    }

    @Test
    void understandsTheSixXWrongPasswordWithItsNumericError() {
        server.answerJson("/api/v1/login", 401,
                "{\"status\":\"error\",\"error\":403,\"message\":\"Incorrect password\"}");

        assertThatThrownBy(this::login).isInstanceOfSatisfying(WrongCredentialsException.class,
                failure -> assertThat(failure.serverError()).isEqualTo("Incorrect password"));
    }

    @Test
    void saysWhenTheWholeAddressIsBlocked() {
        server.answerJson("/api/v1/login", 401, "{\"success\":false,\"error\":\"error-login-blocked-for-ip\","
                + "\"status\":\"error\",\"details\":{\"function\":\"Accounts.validateLoginAttempt\"},"
                + "\"message\":\"Login has been temporarily blocked For IP\"}");

        assertThatThrownBy(this::login).isInstanceOfSatisfying(LoginBlockedException.class,
                failure -> assertThat(failure.blockedByIp()).isTrue());
    }

    @Test
    void tooManyWrongEmailCodesAreAnInvalidCode() {
        server.answerJson("/api/v1/login", 401, "{\"success\":false,\"error\":\"totp-max-attempts\","
                + "\"status\":\"error\","
                + "\"details\":{\"method\":\"email\",\"codeGenerated\":false,\"availableMethods\":[\"email\"]},"
                + "\"message\":\"TOTP Maximun Failed Attempts Reached\"}");

        assertThatThrownBy(this::login).isInstanceOfSatisfying(TwoFactorInvalidException.class, failure -> {
            assertThat(failure.method()).isEqualTo(TwoFactorRequiredException.Method.EMAIL);
            assertThat(failure.serverError()).isEqualTo("totp-max-attempts");
        });
    }

    @Test
    void aLogoutAnsweredWithNoContentIsDone() throws Exception {
        server.answer("/api/v1/logout", 204, "application/json", "", Map.of());

        client.logout(session);

        assertThat(server.received()).singleElement().satisfies(request ->
                assertThat(request.headers()).containsEntry("x-auth-token", LoopbackServer.TOKEN));
    }

    @Test
    void aLogoutTheServerFailsIsNotTakenAsDone() {
        server.answerJson("/api/v1/logout", 500, "{\"success\":false,\"error\":\"Internal server error\"}");

        assertThatThrownBy(() -> client.logout(session)).isInstanceOfSatisfying(ServerErrorException.class,
                failure -> assertThat(failure.serverError()).isEqualTo("Internal server error"));
    }

    private Session login() throws RocketChatException {
        return client.login(server.workspace(), new PasswordLogin("alex", "pw", "123456"));
    }
}
