package dev.tidybar.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.PasswordLogin;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.Fault;
import dev.tidybar.fake.ReceivedRequest;
import dev.tidybar.keychain.KeychainUnavailableException.Reason;
import dev.tidybar.ui.common.HeldTaskRunner;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.login.KeepSignedIn.Availability;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Keep me signed in" on the login form: a session kept by an earlier run is checked with the fake
 * workspace at start, and each sign-in is kept or forgotten as the box says. The keychain is in memory
 * here; {@link dev.tidybar.keychain.SecretServiceKeychainTest} runs the real one.
 */
class KeepSignedInTest extends LoginFormFixture {

    private final List<Notice> shownLater = new ArrayList<>();

    @Test
    void aKeptPasswordSessionSignsInAtStartWithoutAPasswordAndStaysAPasswordSession() throws Exception {
        Session earlier = earlierPasswordSignIn();
        keeper.keep(earlier);
        fake.clearReceivedRequests();

        viewModel.resumeKeptSession();

        assertThat(signedIn).singleElement().satisfies(session -> {
            assertThat(session.authToken()).isEqualTo(earlier.authToken());
            assertThat(session.username()).isEqualTo(DemoSeed.ALEX);
            assertThat(session.personalToken()).as("logging out must still end it on the server").isFalse();
        });
        assertThat(fake.receivedRequests()).extracting(ReceivedRequest::endpoint).containsExactly("me");
        // the fake's log shows a token was sent, not which: the session above is the server's word for it
        assertThat(lastRequest().authToken()).isEqualTo(ReceivedRequest.REDACTED);
        assertThat(keep().selectedProperty().get()).isTrue();
        assertThat(keep().availabilityProperty().get()).isEqualTo(Availability.AVAILABLE);
    }

    @Test
    void aKeptPersonalTokenSessionStaysOneSoThatLoggingOutNeverRevokesTheToken() throws Exception {
        keeper.keep(new Session(workspace(), DemoSeed.ALEX_USER_ID, DemoSeed.ALEX_PERSONAL_TOKEN, DemoSeed.ALEX,
                "Alex", true));

        viewModel.resumeKeptSession();

        assertThat(signedIn).singleElement().extracting(Session::personalToken).isEqualTo(true);
        assertThat(viewModel.usePersonalTokenProperty().get()).isTrue();
        assertThat(viewModel.inputProperty(LoginField.USER_ID).get()).isEqualTo(DemoSeed.ALEX_USER_ID);
        assertThat(viewModel.inputProperty(LoginField.TOKEN).get()).as("the token stays out of the form").isEmpty();
    }

    @Test
    void whileAKeptSessionIsCheckedTheFormSaysWhoseItIsAndCancelLeavesItKept() throws Exception {
        keeper.keep(earlierPasswordSignIn());
        var held = new HeldTaskRunner();
        viewModel = formWith(held);

        viewModel.resumeKeptSession();

        assertThat(viewModel.busyProperty().get()).isTrue();
        assertThat(viewModel.resumingProperty().get()).isEqualTo("Signing in as alex on 127.0.0.1\u2026");
        assertThat(viewModel.userProperty().get()).isEqualTo(DemoSeed.ALEX);
        viewModel.cancel();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.resumingProperty().get()).isEmpty();
        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Sign-in cancelled");
        held.releaseAll();
        assertThat(signedIn).isEmpty();
        assertThat(fake.receivedRequests()).extracting(ReceivedRequest::endpoint)
                .as("a kept session's token is not logged out when its check is cancelled").doesNotContain("logout");
        assertThat(keychain.entries()).hasSize(1);
    }

    @Test
    void aKeptSessionTheServerRefusesIsForgottenWithAClearWord() throws Exception {
        keeper.keep(earlierPasswordSignIn());
        fake.revokeAllTokens();

        viewModel.resumeKeptSession();

        assertThat(signedIn).isEmpty();
        assertThat(viewModel.noticeProperty().get()).satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("Your kept sign-in has ended");
            assertThat(notice.message()).isEqualTo("127.0.0.1 no longer accepts the sign-in Tidybar kept for alex, "
                    + "so Tidybar has forgotten it. Sign in again.");
            assertThat(notice.details()).contains("HTTP 401");
        });
        assertThat(keychain.entries()).isEmpty();
        assertThat(keptPreferences.values()).isEmpty();
        assertThat(keep().selectedProperty().get()).isFalse();
        assertThat(viewModel.userProperty().get()).isEqualTo(DemoSeed.ALEX);
        assertThat(viewModel.focusRequestProperty().get()).isEqualTo(LoginField.PASSWORD);
    }

    @Test
    void aNetworkFailureLeavesTheSessionKeptAndOffersToTryAgain() throws Exception {
        keeper.keep(earlierPasswordSignIn());
        fake.injectFault("me", Fault.connectionReset(), 1);

        viewModel.resumeKeptSession();

        assertThat(signedIn).isEmpty();
        Notice notice = viewModel.noticeProperty().get();
        assertThat(notice.title()).isEqualTo("Cannot reach 127.0.0.1");
        assertThat(notice.message()).endsWith("You are still kept signed in: try again, or sign in below.");
        assertThat(keychain.entries()).hasSize(1);
        assertThat(notice.actions()).singleElement().extracting(Notice.Action::label).isEqualTo("Try again");

        notice.actions().get(0).run().run();

        assertThat(signedIn).singleElement().extracting(Session::username).isEqualTo(DemoSeed.ALEX);
    }

    @Test
    void withoutAKeychainTheOptionIsOffAndSaysWhy() {
        keychain.goAway(Reason.NO_SESSION_BUS);

        viewModel.resumeKeptSession();

        assertThat(keep().availabilityProperty().get()).isEqualTo(Availability.UNAVAILABLE);
        assertThat(keep().selectedProperty().get()).isFalse();
        assertThat(keep().explanationProperty().get()).contains("there is no D-Bus session here")
                .contains("Tidybar never keeps a sign-in in a plain file");
        assertThat(viewModel.noticeProperty().get()).isNull();
    }

    @Test
    void aKeychainThatCannotReadTheKeptSessionSaysSoAndTheFormStaysUsable() throws Exception {
        keeper.keep(earlierPasswordSignIn());
        keychain.refuse("the collection is locked");

        viewModel.resumeKeptSession();

        assertThat(signedIn).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.noticeProperty().get()).satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("Your kept sign-in could not be read from the keychain");
            assertThat(notice.details()).contains("The keychain answered: the collection is locked");
        });
    }

    @Test
    void aTickedSignInIsKeptTheTokenOnlyAndAnUntickedOneForgetsWhatWasKept() {
        viewModel.resumeKeptSession();
        signInWith(true);

        keep().afterSignIn(signedIn.get(0), shownLater::add);

        String entry = "alex@" + fake.baseUri();
        assertThat(keychain.entries()).containsOnlyKeys(entry).containsEntry(entry, signedIn.get(0).authToken());
        assertThat(keptPreferences.values()).doesNotContainValue(signedIn.get(0).authToken())
                .doesNotContainValue(DemoSeed.PASSWORD);

        signInWith(false);
        keep().afterSignIn(signedIn.get(1), shownLater::add);

        assertThat(keychain.entries()).isEmpty();
        assertThat(shownLater).isEmpty();
    }

    @Test
    void aSignInTheKeychainWillNotTakeIsStillASignInAndSaysItIsNotKept() {
        viewModel.resumeKeptSession();
        signInWith(true);
        keychain.refuse("the collection is locked");

        keep().afterSignIn(signedIn.get(0), shownLater::add);

        assertThat(shownLater).singleElement().extracting(Notice::title)
                .isEqualTo("Tidybar could not keep you signed in");
        assertThat(keychain.entries()).isEmpty();
    }

    /** Signs alex in with the password, the box ticked or not. */
    private void signInWith(boolean keepTicked) {
        keep().selectedProperty().set(keepTicked);
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);
        viewModel.signIn();
    }

    private KeepSignedIn keep() {
        return viewModel.keepSignedIn();
    }

    private WorkspaceAddress workspace() throws Exception {
        return WorkspaceAddress.parse(fake.baseUri().toString());
    }

    /** A password sign-in of an earlier run, whose login token the workspace still knows. */
    private Session earlierPasswordSignIn() throws Exception {
        return client.login(workspace(), new PasswordLogin(DemoSeed.ALEX, DemoSeed.PASSWORD, null));
    }
}
