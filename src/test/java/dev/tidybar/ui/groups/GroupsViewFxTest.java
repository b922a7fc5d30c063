package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import dev.tidybar.api.PrivateGroup;
import dev.tidybar.fake.Fault;
import dev.tidybar.ui.common.Notice;
import java.time.Duration;
import java.util.Comparator;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

/** The groups screen on the demo workspace, driven like a user would, checking what the server received. */
class GroupsViewFxTest extends GroupsScreenFxFixture {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @Test
    void closeShowsTheRowWorkingThenReloadsAndMovesItToHidden() {
        String hiddenBefore = page.switchText("hidden");
        workspace.fake.setLatency(Duration.ofMillis(400));

        page.clickClose("design-team");

        page.waitUntil(() -> page.isWorkingOn("design-team"));
        page.banner().waitFor("Closed ‘design-team’");
        assertThat(page.banner().message()).isEqualTo("It comes back to your sidebar when someone posts in it.");
        assertThat(page.banner().hasStyle(Styles.SUCCESS)).isTrue();
        page.waitUntil(() -> !page.rowNames().contains("design-team"));
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(1);
        assertThat(workspace.calls()).containsExactly("groups.close", "subscriptions.get");
        assertThat(page.switchText("hidden")).isNotEqualTo(hiddenBefore);

        page.showHidden();
        assertThat(page.rowNames()).contains("design-team");
        assertThat(page.reopenButtonFor("design-team").isDisabled()).isFalse();
    }

    @Test
    void reopenBringsAHiddenGroupBackToTheSidebar() {
        page.showHidden();

        page.clickReopen("old-project-x");

        page.banner().waitFor("Reopened ‘old-project-x’");
        page.waitUntil(() -> !page.rowNames().contains("old-project-x"));
        assertThat(workspace.callsTo("groups.open", "old-project-x")).hasSize(1);
        assertThat(workspace.isOpenForAlex("old-project-x")).isTrue();
        page.showVisible();
        assertThat(page.rowNames()).contains("old-project-x");
    }

    @Test
    void undoReopensTheGroupJustClosed() {
        page.clickClose("design-team");
        page.banner().waitFor("Closed ‘design-team’");

        page.banner().clickButton("Undo");

        page.banner().waitFor("Reopened ‘design-team’");
        page.waitUntil(() -> page.rowNames().contains("design-team"));
        assertThat(workspace.callsTo("groups.open", "design-team")).hasSize(1);
        assertThat(workspace.calls())
                .containsExactly("groups.close", "subscriptions.get", "groups.open", "subscriptions.get");
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
    }

    @Test
    void aDeletedGroupGetsAnErrorBannerAndLeavesTheList() {
        String roomId = workspace.roomId("design-team");
        workspace.fake.deleteGroup(roomId);

        page.clickClose("design-team");

        page.banner().waitFor("‘design-team’ is no longer there");
        assertThat(page.banner().hasStyle(Styles.DANGER)).isTrue();
        page.waitUntil(() -> !page.rowNames().contains("design-team"));
        assertThat(workspace.fake.receivedRequests()).anyMatch(request -> request.endpoint().equals("groups.close")
                && request.bodyField("roomId").orElse("").equals(roomId));
        page.showAll();
        assertThat(page.rowNames()).doesNotContain("design-team");
    }

    @Test
    void closingAGroupAlreadyClosedElsewhereIsInformation() throws Exception {
        workspace.client.closeGroup(workspace.session, workspace.roomId("design-team"));
        workspace.fake.clearReceivedRequests();

        page.clickClose("design-team");

        page.banner().waitFor("‘design-team’ was already hidden");
        assertThat(page.banner().hasStyle(Styles.ACCENT)).isTrue();
        page.waitUntil(() -> !page.rowNames().contains("design-team"));
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(1);
    }

    @Test
    void aRevokedSessionHandsBackToTheLoginScreenWithItsNotice() {
        workspace.fake.revokeAllTokens();

        page.clickClose("design-team");

        page.waitUntil(() -> !sessionEnds.isEmpty());
        assertThat(sessionEnds.get(0).title()).isEqualTo("Your session ended");
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(1);
    }

    @Test
    void tooManyRequestsCountsDownOnTheQueueLineThenClosesByItself() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(2)), 1);

        page.clickClose("design-team");

        page.waitUntil(() -> !page.queueText().isEmpty());
        assertThat(page.queueText()).matches("Paused [12] s \\(rate limit\\) · 0 of 1 closed · .*");
        page.banner().waitFor("Closed ‘design-team’");
        assertThat(page.queueText()).isEmpty();
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(2);
        assertThat(workspace.isOpenForAlex("design-team")).isFalse();
    }

    @Test
    void aProxyErrorPageIsTriedAgainByItself() {
        workspace.fake.injectFault("groups.close", Fault.htmlBadGateway(), 1);

        page.clickClose("design-team");

        page.waitUntil(() -> page.queueText().startsWith("Retrying in"));
        page.banner().waitFor("Closed ‘design-team’");
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(2);
    }

    @Test
    void aCutConnectionIsTriedAgainAndCtrlShiftOReopens() {
        workspace.fake.injectFault("groups.close", Fault.connectionReset(), 1);

        page.clickClose("design-team");

        page.banner().waitFor("Closed ‘design-team’");
        page.showHidden();
        page.selectRow("design-team");
        page.keyboard().pressWithShortcutAndShift(KeyCode.O);
        page.banner().waitFor("Reopened ‘design-team’");
        assertThat(workspace.calls()).containsExactly("groups.close", "groups.close", "subscriptions.get",
                "groups.open", "subscriptions.get");
    }

    @Test
    void everyControlIsReachableWithTab() {
        workspace.fake.injectFault("subscriptions.get", Fault.serverError(), 1);
        page.keyboard().press(KeyCode.F5);
        page.banner().waitFor("Could not load your groups");

        var reached = page.keyboard().tabThrough(14);

        assertThat(reached).containsSubsequence("#logoutButton", "#filterField", "#visibleToggle",
                "#hiddenToggle", "#allToggle", "#smartSelectMenu", "#noticeAction0", "#noticeDetailsToggle", "#noticeDismiss",
                "#groupsTable", "Close accessibility");
    }

    @Test
    void theHeaderNamesTheWorkspaceAndUserAndF5ReloadsWithProgress(FxRobot robot) {
        assertThat(robot.lookup("#workspaceHost").queryLabeled().getText()).isEqualTo("127.0.0.1");
        assertThat(robot.lookup("#signedInUser").queryLabeled().getText()).contains("(alex)");
        workspace.fake.setLatency(Duration.ofMillis(300));

        robot.clickOn("#filterField");
        robot.type(KeyCode.F5);

        page.waitUntil(() -> robot.lookup("#loadProgressRow").query().isVisible());
        assertThat(robot.lookup("#loadProgressText").queryLabeled().getText()).isNotBlank();
        page.waitUntil(() -> !robot.lookup("#loadProgressRow").query().isVisible());
        // what changed, then the room columns again
        assertThat(workspace.calls()).containsExactlyInAnyOrder("subscriptions.get", "groups.list");
    }

    @Test
    void logOutEndsTheSessionAndHandsBackWithoutANotice(FxRobot robot) {
        robot.clickOn("#logoutButton");

        page.waitUntil(() -> !sessionEnds.isEmpty());
        assertThat(sessionEnds).containsExactly((Notice) null);
        assertThat(workspace.calls()).containsExactly("logout");
    }

    @Test
    void theSelectedRowClosesWithDeleteAndReopensWithInsert() {
        page.selectRow("design-team");

        page.keyboard().press(KeyCode.DELETE);

        page.banner().waitFor("Closed ‘design-team’");
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(1);
        page.waitUntil(() -> !page.rowNames().contains("design-team"));
        assertThat(page.selectedRowName()).isEqualTo("docs-writers");

        page.keyboard().press(KeyCode.DELETE);
        page.banner().waitFor("Closed ‘docs-writers’");
        assertThat(workspace.callsTo("groups.close", "docs-writers")).hasSize(1);

        page.showHidden();
        page.selectRow("design-team");
        page.keyboard().press(KeyCode.INSERT);
        page.banner().waitFor("Reopened ‘design-team’");
        assertThat(workspace.callsTo("groups.open", "design-team")).hasSize(1);
    }
}
