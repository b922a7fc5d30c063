package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fake's objects that hold a password, a token or a 2FA code print none of them: the demo runs
 * the fake inside the app, so they could reach its log. The records are checked by
 * {@code RecordsKeepSecretsTest}; here the classes, and the branches of LoginAttempt it cannot reach.
 */
class FakeKeepsSecretsTest {

    private static final String PASSWORD = "pw-Vr9q2LxTe";
    private static final String TOKEN = "tok-Mz4kP8sWq";
    private static final String CODE = "code-86420Jb";

    private final FakeUser alex = new FakeUser("u1", "alex", "Alex Morgan", "alex@tidybar.example", PASSWORD,
            List.of("user"), FakeUser.SecondFactor.TOTP, Instant.EPOCH);

    @Test
    void aUserShowsWhoItIsButNotItsPassword() {
        assertThat(alex.toString()).contains("alex", "u1").doesNotContain(PASSWORD);
    }

    @Test
    void aRequestShowsItsRouteAndCallerButNotItsTokenOrBody() {
        var headers = new Headers();
        headers.add("X-Auth-Token", TOKEN);
        headers.add("X-User-Id", "u1");
        var request = new ApiRequest("POST", "login", Map.of(), headers, loginBody().put("code", CODE), "127.0.0.1");
        request.authenticate(alex, TOKEN);

        assertThat(request.toString()).contains("POST login", "alex").doesNotContain(PASSWORD, TOKEN, CODE);
    }

    @Test
    void aLoginAnswerShowsItsStatusButNotTheNewToken() {
        ObjectNode answer = Json.object().put("status", "success");
        answer.putObject("data").put("userId", "u1").put("authToken", TOKEN);

        assertThat(ApiResponse.success(answer).toString()).contains("200").doesNotContain(TOKEN);
    }

    @Test
    void aPasswordLoginShowsWhoButNeitherPasswordNorCode() {
        LoginAttempt withCode = LoginAttempt.from(loginBody(), CODE);
        ObjectNode meteorBody = Json.object().put("password", PASSWORD);
        meteorBody.putObject("user").put("username", "alex");
        LoginAttempt meteorForm = LoginAttempt.from(meteorBody, null);

        assertThat(withCode.toString()).contains("alex").doesNotContain(PASSWORD, CODE);
        assertThat(meteorForm.toString()).contains("alex").doesNotContain(PASSWORD);
    }

    @Test
    void aResumeLoginHidesItsToken() {
        assertThat(LoginAttempt.from(Json.object().put("resume", TOKEN), null).toString()).doesNotContain(TOKEN);
    }

    @Test
    void theWorkspaceStateShowsNoTokenOrPassword() {
        var state = new FakeState(Clock.systemUTC(), 1, LoginBlocking.defaults());
        state.addPersonalToken(TOKEN, state.addUser(alex));
        String issued = state.issueToken(alex);

        assertThat(state.toString()).doesNotContain(PASSWORD, TOKEN, issued);
    }

    private static ObjectNode loginBody() {
        return Json.object().put("user", "alex").put("password", PASSWORD);
    }
}
