package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.Fault;
import dev.tidybar.ui.common.HeldTaskRunner;
import dev.tidybar.ui.common.Notice;
import org.junit.jupiter.api.Test;

/** How a session ends (log out, a 401), and that nothing from it acts once it has. */
class GroupsSessionTest extends GroupsViewModelFixture {

    @Test
    void aRevokedSessionGoesBackToLoginWithABanner() {
        workspace.fake.revokeAllTokens();

        viewModel.close(row("design-team"));

        assertThat(sessionEnds).hasSize(1);
        assertThat(sessionEnds.get(0).title()).isEqualTo("Your session ended");
        assertThat(sessionEnds.get(0).message()).contains("signed out", "expired", "revoked", "Sign in again");
        assertThat(sessionEnds.get(0).details()).contains("HTTP 401");
    }

    @Test
    void aRevokedSessionWhileLoadingAlsoGoesBackToLogin() {
        workspace.fake.revokeAllTokens();

        viewModel.refresh();

        assertThat(sessionEnds).extracting(Notice::title).containsExactly("Your session ended");
    }

    @Test
    void logOutEndsTheSessionOnTheServerAndReturnsWithoutABanner() {
        workspace.fake.clearReceivedRequests();

        viewModel.logOut();

        assertThat(workspace.calls()).containsExactly("logout");
        assertThat(sessionEnds).containsExactly((Notice) null);
    }

    @Test
    void aLogoutTheServerDoesNotConfirmStillLeavesAndSaysSo() {
        workspace.fake.injectFault("logout", Fault.serverError(), 1);

        viewModel.logOut();

        assertThat(sessionEnds).singleElement().satisfies(word -> {
            assertThat(word.title()).isEqualTo("Logged out here, not on the server");
            assertThat(word.message()).startsWith("127.0.0.1 did not confirm the logout")
                    .contains("HTTP 500");
        });
    }

    @Test
    void aLogoutAnsweredWith401WasDoneAlready() {
        workspace.fake.revokeAllTokens();

        viewModel.logOut();

        assertThat(sessionEnds).containsExactly((Notice) null);
    }

    @Test
    void whileTheServerTakesItsTimeTheUserCanLeaveWithoutWaiting() {
        var held = new HeldTaskRunner();
        var screen = loadedOn(held);

        screen.logOut();

        Notice waiting = screen.noticeProperty().get();
        assertThat(waiting.title()).isEqualTo("Logging out of 127.0.0.1…");
        assertThat(sessionEnds).isEmpty();
        waiting.actions().get(0).run().run();
        assertThat(sessionEnds).singleElement().satisfies(word ->
                assertThat(word.message()).startsWith("You left before 127.0.0.1 confirmed the logout"));

        held.releaseAll();
        assertThat(sessionEnds).as("the late answer ends nothing again").hasSize(1);
    }

    @Test
    void withTheWaitingBannerDismissedTheUserCanStillLeaveWithoutWaiting() {
        var held = new HeldTaskRunner();
        var screen = loadedOn(held);
        screen.logOut();

        screen.noticeProperty().set(null);
        screen.leaveWithoutWaiting();
        screen.leaveWithoutWaiting();

        assertThat(sessionEnds).singleElement().satisfies(word ->
                assertThat(word.title()).isEqualTo("Logged out here, not on the server"));
    }

    @Test
    void aCloseAnsweringAfterLogOutNeitherReloadsNorEndsTheSessionAgain() {
        var held = new HeldTaskRunner();
        var screen = loadedOn(held);
        screen.close(row(screen, "design-team"));
        screen.logOut();

        held.releaseNewest();
        assertThat(sessionEnds).containsExactly((Notice) null);
        workspace.fake.clearReceivedRequests();
        held.releaseAll();

        assertThat(sessionEnds).containsExactly((Notice) null);
        assertThat(workspace.calls()).containsExactly("groups.close");
        assertThat(held.heldCount()).isZero();
    }

    @Test
    void afterLogOutStartsNothingMoreIsSent() {
        var held = new HeldTaskRunner();
        var screen = loadedOn(held);
        screen.logOut();

        screen.refresh();
        screen.close(row(screen, "design-team"));
        screen.logOut();

        assertThat(held.heldCount()).isEqualTo(1);
        held.releaseAll();
        assertThat(workspace.calls()).containsExactly("logout");
        assertThat(sessionEnds).containsExactly((Notice) null);
    }

    @Test
    void twoRefusedAnswersEndTheSessionOnce() {
        var held = new HeldTaskRunner();
        var screen = loadedOn(held);
        workspace.fake.revokeAllTokens();
        screen.close(row(screen, "design-team"));
        screen.close(row(screen, "docs-writers"));

        held.releaseAll();

        assertThat(sessionEnds).extracting(Notice::title).containsExactly("Your session ended");
    }

    @Test
    void aDisposedScreenIgnoresTheLoadItHadStartedAndSendsNothingMore() {
        var held = new HeldTaskRunner();
        var screen = viewModelOn(held);
        screen.refresh();

        screen.dispose();
        held.releaseAll();
        screen.refresh();

        assertThat(screen.sync().loadedProperty().get()).isFalse();
        assertThat(held.heldCount()).isZero();
        assertThat(sessionEnds).isEmpty();
    }
}
