package dev.tidybar.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.InvalidWorkspaceAddressException;
import dev.tidybar.api.LoginBlockedException;
import dev.tidybar.api.MalformedResponseException;
import dev.tidybar.api.NetworkException;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.api.WrongCredentialsException;
import java.time.Clock;
import java.util.Locale;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The sign-in failures the fake workspace cannot produce over loopback (TLS, DNS, timeouts), and the
 * wording rules: the host is named, the details carry the server's words.
 */
class SignInFailuresTest {

    private final ErrorNotices errors = new ErrorNotices(UiText.load(Locale.ENGLISH), Clock.systemUTC());
    private final WorkspaceAddress workspace = address("chat.example.com");

    @Test
    void anUntrustedCertificateSaysNothingWasSent() {
        Notice notice = errors.loginFailure(network(NetworkException.Kind.TLS), workspace);

        assertThat(notice.severity()).isEqualTo(Notice.Severity.ERROR);
        assertThat(notice.title()).isEqualTo("The certificate of chat.example.com is not trusted");
        assertThat(notice.message()).contains("sent nothing");
    }

    @Test
    void eachNetworkFailureNamesTheHostAndTheReason() {
        assertThat(errors.loginFailure(network(NetworkException.Kind.UNKNOWN_HOST), workspace))
                .extracting(Notice::title, Notice::message)
                .containsExactly("Cannot reach chat.example.com",
                        "There is no server with that name. Check the address for typos.");
        assertThat(errors.loginFailure(network(NetworkException.Kind.TIMEOUT), workspace).message())
                .contains("took longer than 1 minute to answer the sign-in");
        assertThat(errors.loginFailure(network(NetworkException.Kind.OTHER), workspace).message())
                .contains("the line went dead");
    }

    @Test
    void aWebPageAtTheAddressIsNotRocketChat() {
        var html = new MalformedResponseException("login: HTTP 200 with a web page",
                MalformedResponseException.Kind.HTML_PAGE, 200, null);

        Notice notice = errors.loginFailure(html, workspace);

        assertThat(notice.title()).isEqualTo("This address does not answer like a Rocket.Chat server");
        assertThat(notice.message()).startsWith("chat.example.com sent a web page");
        assertThat(notice.details()).contains("HTTP 200", "Time: ");
    }

    @Test
    void aRedirectToAnotherSiteNamesIt() {
        var away = new MalformedResponseException("login: redirected", MalformedResponseException.Kind.REDIRECTED_AWAY,
                308, null, "https://login.example.net:443");

        Notice notice = errors.loginFailure(away, workspace);

        assertThat(notice.title()).isEqualTo("This address sends Tidybar to another site");
        assertThat(notice.message())
                .startsWith("chat.example.com sends the sign-in on to https://login.example.net:443");
    }

    @Test
    void anAnswerCutOffOnItsWaySaysToTryAgainNotToCheckTheAddress() {
        var cutOff = new MalformedResponseException("login: HTTP 200, the JSON answer ends early",
                MalformedResponseException.Kind.TRUNCATED, 200, null);

        assertThat(errors.loginFailure(cutOff, workspace)).extracting(Notice::title, Notice::message)
                .containsExactly("The answer from chat.example.com was cut off",
                        "The connection broke off before the answer arrived. Try again.");
    }

    @Test
    void aBlockedAddressIsToldApartFromABlockedUser() {
        var byIp = new LoginBlockedException("blocked", 401, "error-login-blocked-for-ip", true);

        assertThat(errors.loginFailure(byIp, workspace).message()).contains("from your network");
        assertThat(errors.loginFailure(byIp, workspace).details()).contains("error: error-login-blocked-for-ip");
    }

    @Test
    void aRejectedTokenIsNotCalledAWrongPassword() {
        var rejected = new WrongCredentialsException("me: HTTP 401", 401, "You must be logged in to do this.", null);

        assertThat(errors.tokenLoginFailure(rejected, workspace).title())
                .isEqualTo("The user id or token was not accepted");
        assertThat(errors.loginFailure(rejected, workspace).title()).isEqualTo("Wrong username or password");
    }

    @Test
    void anInvalidAddressShowsTheReasonAsGiven() {
        var invalid = new InvalidWorkspaceAddressException("“chat example” is not a web address.");

        assertThat(errors.invalidWorkspaceAddress(invalid))
                .extracting(Notice::severity, Notice::title, Notice::message)
                .containsExactly(Notice.Severity.WARNING, "Check the workspace address",
                        "“chat example” is not a web address.");
    }

    private static RocketChatException network(NetworkException.Kind kind) {
        return new NetworkException("login: the line went dead", kind, "chat.example.com", "login",
                Duration.ofSeconds(60), null);
    }

    private static WorkspaceAddress address(String typed) {
        try {
            return WorkspaceAddress.parse(typed);
        } catch (InvalidWorkspaceAddressException e) {
            throw new AssertionError(e);
        }
    }
}
