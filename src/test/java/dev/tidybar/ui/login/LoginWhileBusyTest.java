package dev.tidybar.ui.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidybar.api.Session;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.ReceivedRequest;
import dev.tidybar.ui.common.BackgroundCall;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.SameThreadTaskRunner;
import dev.tidybar.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The login form between Log in and the server's answer: busy, Cancel, and answers that arrive
 * after the user gave up on them. The calls are held until the test lets them run.
 */
class LoginWhileBusyTest extends LoginFormFixture {

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
    void aPasswordSignInThatAnswersAfterCancelIsLoggedOutAgain() {
        var held = holdAnswers();
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        cancelThenLetTheServerAnswer(held);

        assertThat(signedIn).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Sign-in cancelled");
        ReceivedRequest logout = lastRequest();
        assertThat(logout.endpoint()).isEqualTo("logout");
        assertThat(logout.userId()).isEqualTo(DemoSeed.ALEX_USER_ID);
        assertThat(fake.loginSessionCount(DemoSeed.ALEX)).as("the late login's session, ended").isZero();
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
    void aBugInTheSignInCallGivesTheFormBackAndReachesTheCrashDialog() {
        // what the app's runner hands over when the worker thread dies of an Error
        TaskRunner dyingWorker = new TaskRunner() {
            @Override
            public <T> RunningTask run(BackgroundCall<T> call, Consumer<? super T> onSuccess,
                                       Consumer<? super Exception> onFailure) {
                onFailure.accept(new ExecutionException(new StackOverflowError()));
                return RunningTask.DONE;
            }
        };
        viewModel = formWith(dyingWorker);
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);

        assertThatThrownBy(viewModel::signIn).isInstanceOf(IllegalStateException.class)
                .hasRootCauseInstanceOf(StackOverflowError.class);

        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.passwordProperty().get()).isEqualTo(DemoSeed.PASSWORD);
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
