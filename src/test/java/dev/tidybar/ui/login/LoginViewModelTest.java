package dev.tidybar.ui.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.api.LoadProgress;
import dev.tidybar.api.NotLoggedInException;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.Fault;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.ReceivedRequest;
import dev.tidybar.ui.common.BackgroundCall;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.ManualCountdown;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.SameThreadTaskRunner;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import dev.tidybar.ui.login.LoginViewModel.Field;
import dev.tidybar.ui.login.LoginViewModel.Step;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The login form's logic against the fake workspace over loopback HTTP, with callbacks on the test thread. */
class LoginViewModelTest {

    private final UiText text = UiText.load(Locale.ENGLISH);
    private final Clock clock = Clock.systemUTC();
    private final ManualCountdown countdown = new ManualCountdown();
    private final List<Session> signedIn = new ArrayList<>();
    private FakeWorkspace fake;
    private HttpRocketChatClient client;
    private LoginViewModel viewModel;

    @BeforeEach
    void startWorkspace() throws IOException {
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());
        client = new HttpRocketChatClient(ClientSettings.defaults("test"));
        viewModel = formWith(new SameThreadTaskRunner());
    }

    @AfterEach
    void stopWorkspace() {
        client.close();
        fake.close();
    }

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
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(Field.PASSWORD);
    }

    @Test
    void anAuthenticatorCodeIsAskedForThenAccepted() {
        fillIn(DemoSeed.SAM, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.TWO_FACTOR);
        assertThat(viewModel.codeHintProperty().get()).contains("authenticator app");
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(Field.CODE);

        viewModel.inputProperty(Field.CODE).set(DemoSeed.TOTP_CODE);
        viewModel.signIn();

        assertThat(signedIn).singleElement().extracting(Session::username).isEqualTo(DemoSeed.SAM);
        assertThat(lastRequest().bodyField("code")).contains(DemoSeed.TOTP_CODE);
    }

    @Test
    void anEmailedCodeSaysItWasJustSent() {
        fillIn(DemoSeed.ROBIN, DemoSeed.PASSWORD);

        viewModel.signIn();
        viewModel.inputProperty(Field.CODE).set(DemoSeed.EMAIL_CODE);
        String hint = viewModel.codeHintProperty().get();
        viewModel.signIn();

        assertThat(hint).contains("sent a code to the email address");
        assertThat(signedIn).singleElement().extracting(Session::username).isEqualTo(DemoSeed.ROBIN);
    }

    @Test
    void aWrongCodeGetsAMessageAndTheCodeIsKept() {
        fillIn(DemoSeed.SAM, DemoSeed.PASSWORD);
        viewModel.signIn();

        viewModel.inputProperty(Field.CODE).set("000000");
        viewModel.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.TWO_FACTOR);
        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("That code did not work");
        assertThat(viewModel.inputProperty(Field.CODE).get()).isEqualTo("000000");
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(Field.CODE);
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
        assertThat(lastRequest().authToken()).isEqualTo(DemoSeed.ALEX_PERSONAL_TOKEN);
    }

    @Test
    void aWrongTokenIsCalledAWrongToken() {
        fillInToken(DemoSeed.ALEX_USER_ID, "not-a-token");

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("The user id or token was not accepted");
        assertThat(viewModel.inputProperty(Field.TOKEN).get()).isEqualTo("not-a-token");
    }

    @Test
    void missingFieldsAreNamedAndNothingIsSent() {
        fillIn(DemoSeed.ALEX, "");

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().message()).isEqualTo("Enter your password.");
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(Field.PASSWORD);
        assertThat(fake.receivedRequests()).isEmpty();
    }

    @Test
    void anAddressThatIsNoAddressIsExplained() {
        viewModel.workspaceProperty().set("ftp://chat.example.com");
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Check the workspace address");
        assertThat(viewModel.noticeProperty().get().message()).contains("ftp://");
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(Field.WORKSPACE);
        assertThat(fake.receivedRequests()).isEmpty();
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
    void anAnswerThatIsNotRocketChatJsonIsCalledOut() {
        fake.injectFault("login", Fault.malformedJson(), 1);
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();

        assertThat(viewModel.noticeProperty().get().title())
                .isEqualTo("This address does not answer like a Rocket.Chat server");
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
    void dismissingTheCountdownStopsIt() {
        fake.injectFault("login", Fault.tooManyRequests(Duration.ofSeconds(30)), 1);
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);
        viewModel.signIn();

        viewModel.noticeProperty().set(null);

        assertThat(countdown.isRunning()).isFalse();
    }

    @Test
    void busyFromLogInUntilTheAnswerAndCancelGivesTheFormBack() {
        var held = holdAnswers();
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();
        assertThat(viewModel.busyProperty().get()).isTrue();
        viewModel.signIn();
        assertThat(held.calls).hasSize(1);

        viewModel.cancel();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Sign-in cancelled");
        assertThat(viewModel.passwordProperty().get()).isEqualTo(DemoSeed.PASSWORD);
    }

    @Test
    void whatTheFormHeldWhenLogInWasPressedIsWhatIsSent() {
        var held = holdAnswers();
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();
        // the worker must not read the form: it sends what was there when the user pressed Log in
        viewModel.userProperty().set("someone-else");
        viewModel.usePersonalTokenProperty().set(true);
        held.finish();

        assertThat(fake.receivedRequests()).extracting(ReceivedRequest::endpoint).containsExactly("login");
        assertThat(lastRequest().bodyField("user")).contains(DemoSeed.ALEX);
        assertThat(signedIn).singleElement().extracting(Session::username).isEqualTo(DemoSeed.ALEX);
    }

    @Test
    void aPasswordSignInThatAnswersAfterCancelIsLoggedOutAgain() throws Exception {
        var held = holdAnswers();
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        cancelThenLetTheServerAnswer(held);

        assertThat(signedIn).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Sign-in cancelled");
        ReceivedRequest logout = lastRequest();
        assertThat(logout.endpoint()).isEqualTo("logout");
        assertThat(logout.userId()).isEqualTo(DemoSeed.ALEX_USER_ID);
        var abandoned = new Session(WorkspaceAddress.parse(fake.baseUri().toString()), DemoSeed.ALEX_USER_ID,
                logout.authToken(), DemoSeed.ALEX, DemoSeed.ALEX, false);
        assertThatThrownBy(() -> client.listPrivateGroups(abandoned, LoadProgress.NONE))
                .isInstanceOf(NotLoggedInException.class);
    }

    @Test
    void aTokenSignInThatAnswersAfterCancelLeavesTheTokenAlone() {
        var held = holdAnswers();
        fillInToken(DemoSeed.ALEX_USER_ID, DemoSeed.ALEX_PERSONAL_TOKEN);

        cancelThenLetTheServerAnswer(held);

        assertThat(signedIn).isEmpty();
        assertThat(fake.receivedRequests()).extracting(ReceivedRequest::endpoint).containsExactly("me");
    }

    @Test
    void busyEndsWhenTheServerAnswers() throws Exception {
        var held = holdAnswers();
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        viewModel.signIn();
        held.finish();

        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(signedIn).hasSize(1);
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
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(Field.PASSWORD);
    }

    private LoginViewModel formWith(TaskRunner tasks) {
        var form = new LoginViewModel(client, tasks, new ErrorNotices(text, clock), text, countdown, signedIn::add);
        form.workspaceProperty().set(fake.baseUri().toString());
        return form;
    }

    /** The form again, with a runner that keeps each call until the test finishes it. */
    private HeldTaskRunner holdAnswers() {
        var held = new HeldTaskRunner();
        viewModel = formWith(held);
        return held;
    }

    private void cancelThenLetTheServerAnswer(HeldTaskRunner held) {
        viewModel.signIn();
        viewModel.cancel();
        held.finish();
    }

    private void fillIn(String user, String password) {
        viewModel.userProperty().set(user);
        viewModel.passwordProperty().set(password);
    }

    private void fillInToken(String userId, String token) {
        viewModel.usePersonalTokenProperty().set(true);
        viewModel.inputProperty(Field.USER_ID).set(userId);
        viewModel.inputProperty(Field.TOKEN).set(token);
    }

    private ReceivedRequest lastRequest() {
        List<ReceivedRequest> received = fake.receivedRequests();
        assertThat(received).isNotEmpty();
        return received.get(received.size() - 1);
    }

    /**
     * Keeps the submitted calls until the test finishes them, so the state in between can be seen;
     * like the app's runner, a cancelled task's callbacks never run.
     */
    private static final class HeldTaskRunner implements TaskRunner {

        private final List<Runnable> calls = new ArrayList<>();

        @Override
        public <T> RunningTask run(BackgroundCall<T> call, Consumer<? super T> onSuccess,
                                   Consumer<? super Exception> onFailure) {
            var cancelled = new AtomicBoolean();
            calls.add(() -> new SameThreadTaskRunner().run(call, result -> {
                if (!cancelled.get()) {
                    onSuccess.accept(result);
                }
            }, failure -> {
                if (!cancelled.get()) {
                    onFailure.accept(failure);
                }
            }));
            return () -> cancelled.set(true);
        }

        /** Runs the held calls, and any call they start in turn. */
        void finish() {
            while (!calls.isEmpty()) {
                calls.remove(0).run();
            }
        }
    }
}
