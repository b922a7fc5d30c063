package dev.tidybar.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.Session;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.ReceivedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The form held while its workspace is still on its way (the demo's, starting beside the window):
 * a Log in pressed meanwhile waits and goes ahead once the form is filled in, without a word about
 * the address it did not have yet.
 */
class LoginHeldTest extends LoginFormFixture {

    private static final String WHY = "Starting the demo workspace\u2026";

    @BeforeEach
    void holdTheEmptyForm() {
        viewModel.workspaceProperty().set("");
        viewModel.hold(WHY);
    }

    /** What the app does once the demo workspace answers. */
    private void workspaceArrives() {
        viewModel.workspaceProperty().set(fake.baseUri().toString());
        fillIn(DemoSeed.ALEX, DemoSeed.PASSWORD);
        viewModel.release();
    }

    @Test
    void theFormSaysWhatItWaitsForUntilTheWorkspaceArrives() {
        assertThat(viewModel.resumingProperty().get()).isEqualTo(WHY);
        assertThat(viewModel.busyProperty().get()).isFalse();

        workspaceArrives();

        assertThat(viewModel.resumingProperty().get()).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.focusRequestProperty().get()).as("all filled in: Enter signs in")
                .isEqualTo(LoginField.PASSWORD);
        assertThat(signedIn).isEmpty();
        assertThat(fake.receivedRequests()).isEmpty();
    }

    @Test
    void logInBeforeTheWorkspaceArrivesWaitsThenSignsIn() {
        viewModel.signIn();

        assertThat(viewModel.busyProperty().get()).isTrue();
        assertThat(viewModel.noticeProperty().get()).as("no word about the empty address").isNull();
        assertThat(viewModel.resumingProperty().get()).isEqualTo(WHY);
        assertThat(viewModel.signingInTo()).as("nothing on the wire, nothing to ask about at quit").isEmpty();
        assertThat(fake.receivedRequests()).isEmpty();

        workspaceArrives();

        assertThat(fake.receivedRequests()).extracting(ReceivedRequest::endpoint).containsExactly("login");
        assertThat(signedIn).singleElement().extracting(Session::username).isEqualTo(DemoSeed.ALEX);
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.resumingProperty().get()).isEmpty();
    }

    @Test
    void cancelWhileWaitingGivesTheFormBackAndTheWorkspaceThenSignsNobodyIn() {
        viewModel.signIn();
        viewModel.cancel();

        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.noticeProperty().get().title()).isEqualTo("Sign-in cancelled");
        assertThat(viewModel.resumingProperty().get()).as("still waiting for the workspace").isEqualTo(WHY);

        workspaceArrives();

        assertThat(signedIn).isEmpty();
        assertThat(fake.receivedRequests()).isEmpty();
        assertThat(viewModel.resumingProperty().get()).isEmpty();
    }
}
