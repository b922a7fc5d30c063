package dev.tidybar.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.PasswordLogin;
import dev.tidybar.api.WorkspaceAddress;
import org.junit.jupiter.api.Test;

/**
 * The login form's fields and the sign-ins it sends print no password, token or code, whichever
 * kind of sign-in it is: a log line or a failed test that shows them must not leak what was typed.
 */
class LoginFormKeepsSecretsTest extends LoginFormFixture {

    private static final String PASSWORD = "pw-Hq3vN8sLk";
    private static final String TOKEN = "tok-Wb6rJ2yPd";
    private static final String CODE = "code-97531Zt";

    @Test
    void everyFieldSaysWhetherSomethingWasTypedButNoSecret() {
        fillIn("alex", PASSWORD);
        fillInToken("u1", TOKEN);
        viewModel.inputProperty(LoginField.CODE).set(CODE);

        for (LoginField field : LoginField.values()) {
            assertThat(viewModel.inputProperty(field).toString()).as(field.name())
                    .doesNotContain(PASSWORD, TOKEN, CODE);
        }
        assertThat(viewModel.passwordProperty().toString()).contains("password", "<redacted>");
        assertThat(viewModel.userProperty().toString()).contains("alex");
    }

    @Test
    void aFieldLeftEmptySaysSo() {
        assertThat(viewModel.inputProperty(LoginField.TOKEN).toString()).contains("token", "empty");
    }

    @Test
    void aSignInSaysWhereAndWhoButNoSecret() throws Exception {
        var workspace = WorkspaceAddress.parse(fake.baseUri().toString());
        var withCode = SignInRequest.withPassword(workspace, new PasswordLogin("alex", PASSWORD, CODE));
        var withToken = SignInRequest.withPersonalToken(workspace, "u1", TOKEN);

        assertThat(withCode.toString()).contains("alex", workspace.toString()).doesNotContain(PASSWORD, CODE);
        assertThat(withToken.toString()).contains("u1", workspace.toString()).doesNotContain(TOKEN);
    }
}
