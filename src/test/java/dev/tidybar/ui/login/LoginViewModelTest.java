package dev.tidybar.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.Session;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.Fault;
import dev.tidybar.fake.ReceivedRequest;
import dev.tidybar.ui.common.Notice;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The login form's logic against the fake workspace over loopback HTTP, with callbacks on the test thread. */
class LoginViewModelTest extends LoginFormFixture {

    @Test
    void theRightPasswordSignsInAndForgetsThePassword() {
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(signedIn).singleElement().satisfies(session -> {
            assertThat(session.username()).isEqualTo(DemoSeed.ALEX);
            assertThat(session.personalToken()).isFalse();
        });
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.noticeProperty().get()).isNull();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(lastRequest().endpoint()).isEqualTo("login");
        assertThat(lastRequest().bodyField("user")).contains(DemoSeed.ALEX);
    }

    @Test
    void anEmailAddressWorksAsTheUsername() {
        fillIn(DemoSeed.EMAIL, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(signedIn).singleElement().extracting(Session::username).isEqualTo(DemoSeed.ALEX);
    }

    @Test
    void aWrongPasswordShowsABannerAndKeepsTheFields() {
        fillIn(DemoSeed.ALEX, "not-the-password");

        viewModel.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(viewModel.noticeProperty().get()).satisfies(notice -> {
            assertThat(notice.severity()).isEqualTo(Notice.Severity.ERROR);
            assertThat(notice.title()).isEqualTo("Wrong username or password");
            assertThat(notice.details()).contains("HTTP 401");
        });
        assertThat(viewModel.userProperty().get()).isEqualTo(DemoSeed.ALEX);
        assertThat(viewModel.passwordProperty().get()).isEqualTo("not-the-password");
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(LoginField.PASSWORD);
    }

    @Test
    void anAuthenticatorCodeIsAskedForThenAccepted() {
        fillIn(DemoSeed.SAM, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(viewModel.stepProperty().get()).isEqualTo(LoginStep.TWO_FACTOR);
        assertThat(viewModel.codeHintProperty().get()).contains("authenticator app");
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(LoginField.CODE);

        viewModel.inputProperty(LoginField.CODE).set(DemoSeed.TOTP_CODE);
        viewModel.signIn();

        assertThat(signedIn).singleElement().extracting(Session::username).isEqualTo(DemoSeed.SAM);
        assertThat(lastRequest().bodyField("code")).contains(ReceivedRequest.REDACTED);
    }

    @Test
    void anEmailedCodeSaysItWasJustSent() {
        fillIn(DemoSeed.ROBIN, DemoSeed.PASSWORD);

        viewModel.signIn();
        viewModel.inputProperty(LoginField.CODE).set(DemoSeed.EMAIL_CODE);
        String hint = viewModel.codeHintProperty().get();
        viewModel.signIn();

        assertThat(hint).contains("sent a code to the email address");
        assertThat(signedIn).singleElement().extracting(Session::username).isEqualTo(DemoSeed.ROBIN);
    }

    @Test
    void aWrongCodeGetsAMessageAndTheCodeIsKept() {
        fillIn(DemoSeed.SAM, DemoSeed.PASSWORD);
        viewModel.signIn();

        viewModel.inputProperty(LoginField.CODE).set("000000");
        viewModel.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(viewModel.stepProperty().get()).isEqualTo(LoginStep.TWO_FACTOR);
        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("That code did not work");
        assertThat(viewModel.inputProperty(LoginField.CODE).get()).isEqualTo("000000");
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(LoginField.CODE);
    }

    @Test
    void aPersonalAccessTokenSignsInWithoutAPassword() {
        fillInToken(DemoSeed.ALEX_USER_ID, DemoSeed.ALEX_PERSONAL_TOKEN);

        viewModel.signIn();

        assertThat(signedIn).singleElement().satisfies(session -> {
            assertThat(session.username()).isEqualTo(DemoSeed.ALEX);
            assertThat(session.personalToken()).isTrue();
        });
        assertThat(lastRequest().endpoint()).isEqualTo("me");
        assertThat(lastRequest().userId()).isEqualTo(DemoSeed.ALEX_USER_ID);
        assertThat(lastRequest().authToken()).isEqualTo(ReceivedRequest.REDACTED);
    }

    @Test
    void aWrongTokenIsCalledAWrongToken() {
        fillInToken(DemoSeed.ALEX_USER_ID, "not-a-token");

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("The user id or token was not accepted");
        assertThat(viewModel.inputProperty(LoginField.TOKEN).get()).isEqualTo("not-a-token");
    }

    @Test
    void missingFieldsAreNamedAndNothingIsSent() {
        fillIn(DemoSeed.ALEX, "");

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().message()).isEqualTo("Enter your password.");
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(LoginField.PASSWORD);
        assertThat(fake.receivedRequests()).isEmpty();
    }

    @Test
    void anAddressThatIsNoAddressIsExplained() {
        viewModel.workspaceProperty().set("ftp://chat.example.com");
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Check the workspace address");
        assertThat(viewModel.noticeProperty().get().message()).contains("ftp://");
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(LoginField.WORKSPACE);
        assertThat(fake.receivedRequests()).isEmpty();
    }

    @Test
    void plainHttpToAnotherComputerIsWarnedOfAndSentOnlyAfterASecondDeliberateChoice() {
        viewModel.workspaceProperty().set("http://chat.example.invalid");
        assertThat(viewModel.plainHttpWarningProperty().get())
                .startsWith("Not encrypted: with http:// your password or token travels to chat.example.invalid");
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();
        viewModel.signIn();

        assertThat(viewModel.busyProperty().get()).as("Log in pressed twice sends nothing").isFalse();
        Notice question = viewModel.noticeProperty().get();
        assertThat(question.title()).isEqualTo("Send your sign-in without encryption?");

        question.actions().get(0).run().run();

        // it went out: the made-up host is then not found
        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Cannot reach chat.example.invalid");
        viewModel.signIn();
        assertThat(viewModel.noticeProperty().get().title()).as("asked once per address")
                .isEqualTo("Cannot reach chat.example.invalid");
    }

    @Test
    void httpsAndThisComputerNeedNoWarning() {
        for (String address : List.of("https://chat.example.com", "http://localhost:3000", "http://127.0.0.1:3000",
                "http://[::1]:3000")) {
            viewModel.workspaceProperty().set(address);
            assertThat(viewModel.plainHttpWarningProperty().get()).as(address).isEmpty();
        }
    }

    @Test
    void aPortOutOfRangeIsExplainedNotSent() {
        viewModel.workspaceProperty().set("127.0.0.1:70000");
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Check the workspace address");
        assertThat(viewModel.noticeProperty().get().message()).contains("70000", "from 1 to 65535");
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(LoginField.WORKSPACE);
    }

    @Test
    void anUnreachableServerIsNamedWithTheReason() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        viewModel.workspaceProperty().set("http://127.0.0.1:" + closedPort);
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Cannot reach 127.0.0.1");
        assertThat(viewModel.noticeProperty().get().message()).contains("refused the connection");
    }

    @Test
    void anAddressWithoutARocketChatApiIsCalledOut() {
        viewModel.workspaceProperty().set(fake.baseUri() + "/not-chat");
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().title())
                .isEqualTo("This address does not answer like a Rocket.Chat server");
        assertThat(viewModel.noticeProperty().get().message()).contains("no Rocket.Chat API at this address");
    }

    @Test
    void anAnswerCutOffMidwayIsCalledOut() {
        fake.injectFault("login", Fault.malformedJson(), 1);
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("The answer from 127.0.0.1 was cut off");
        assertThat(viewModel.passwordProperty().get()).isEqualTo(DemoSeed.PASSWORD);
    }

    @Test
    void aProxyErrorPageSaysTheServerHadAProblem() {
        fake.injectFault("login", Fault.htmlBadGateway(), 1);
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("127.0.0.1 had a problem");
        assertThat(viewModel.noticeProperty().get().message()).contains("HTTP 502");
    }

    @Test
    void tooManyWrongPasswordsBlockTheLoginForAWhile() {
        fillIn(DemoSeed.ALEX, "guess");
        for (int attempt = 0; attempt < 10; attempt++) {
            viewModel.signIn();
        }
        viewModel.passwordProperty().set(DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Sign-in is temporarily blocked");
        assertThat(viewModel.noticeProperty().get().message()).contains("for this user", "Wait a few minutes");
    }

    @Test
    void tooManyRequestsCountsDownToTheResetTimeThenSaysTryAgain() {
        fake.injectFault("login", Fault.tooManyRequests(Duration.ofSeconds(30)), 1);
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(countdown.isRunning()).isTrue();
        assertThat(countdown.deadline()).isBetween(Instant.now().plusSeconds(25), Instant.now().plusSeconds(31));
        countdown.tick(30);
        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Too many sign-in attempts");
        assertThat(viewModel.noticeProperty().get().message()).contains("Try again in 30 seconds");
        countdown.tick(1);
        assertThat(viewModel.noticeProperty().get().message()).contains("Try again in 1 second.");

        countdown.finish();

        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("You can try again now");
        assertThat(viewModel.passwordProperty().get()).isEqualTo(DemoSeed.PASSWORD);
    }

    @Test
    void aWaitOfDaysIsSaidNotCountedDown() {
        fake.injectFault("login", Fault.tooManyRequests(Duration.ofDays(3).plusMinutes(5)), 1);
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(countdown.isRunning()).isFalse();
        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Too many sign-in attempts");
        assertThat(viewModel.noticeProperty().get().message()).contains("asks Tidybar to wait 3 days before");
    }

    @Test
    void dismissingTheCountdownStopsIt() {
        fake.injectFault("login", Fault.tooManyRequests(Duration.ofSeconds(30)), 1);
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);
        viewModel.signIn();

        viewModel.noticeProperty().set(null);

        assertThat(countdown.isRunning()).isFalse();
    }

    @Test
    void afterTheSessionEndsTheWorkspaceAndUserStayAndTheNoticeShows() {
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);
        viewModel.signIn();
        var ended = Notice.of(Notice.Severity.WARNING, "Your session ended", "Sign in again.");

        viewModel.sessionEnded(ended);

        assertThat(viewModel.workspaceProperty().get()).isEqualTo(fake.baseUri().toString());
        assertThat(viewModel.userProperty().get()).isEqualTo(DemoSeed.ALEX);
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.noticeProperty().get()).isEqualTo(ended);
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(LoginField.PASSWORD);
    }
}
