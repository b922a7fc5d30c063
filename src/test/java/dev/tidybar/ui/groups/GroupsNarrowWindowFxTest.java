package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** At the smallest window size the app allows (520 × 480), nothing the user needs is cut off. */
class GroupsNarrowWindowFxTest extends GroupsScreenFxFixture {

    @Start
    void start(Stage window) throws Exception {
        open(window);
        window.setWidth(520);
        window.setHeight(480);
    }

    @Test
    void theRowButtonsReadInFull() {
        // once the window has settled: the resize, and the room columns filling in, lay the rows out again
        page.waitUntil(() -> page.tableLooks().rowButtonsCutShort().isEmpty());
        page.showHidden();
        page.waitUntil(() -> page.tableLooks().rowButtonsCutShort().isEmpty());
    }

    @Test
    void theSelectionAndQueueBarsReadInFull(FxRobot robot) {
        page.tick("design-team", false);
        page.tick("book-club", false);
        assertThat(page.tableLooks().cutShort("#closeSelectedButton", "#reopenSelectedButton", "#clearSelectionButton",
                "#allToggle", "#logoutButton")).isEmpty();
        var select = robot.lookup("#smartSelectMenu").query();
        assertThat(select.localToScene(select.getBoundsInLocal()).getMaxX()).as("the Select menu, icon only")
                .isLessThanOrEqualTo(select.getScene().getWidth());

        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(30)), 1);
        page.clickButton("#closeSelectedButton");
        page.waitUntil(() -> page.queueText().startsWith("Paused"));
        assertThat(page.tableLooks().cutShort("#cancelQueueButton")).isEmpty();
        assertThat(page.tableLooks().rowButtonsCutShort()).isEmpty();
    }

    @Test
    void theColumnsATidyUpNeedsLeastGiveWayRatherThanNumbersAndBadgesBeingCutShort(FxRobot robot) {
        page.showAll();
        // among the rows shown: "11 months ago", the longest of the last active times
        page.tableLooks().scrollToTop("hackathon-2025");
        page.waitUntil(() -> page.tableLooks().rowButtonsCutShort().isEmpty());
        var looks = page.tableLooks();
        String[] readWhole = {"membersColumn", "lastActivityColumn", "unreadColumn"};
        assertThat(looks.columnsShown())
                .containsExactly("tickColumn", "nameColumn", "lastActivityColumn", "unreadColumn", "actionColumn");
        assertThat(looks.headersCutShort()).isEmpty();
        assertThat(looks.cellsCutShort(readWhole)).isEmpty();
        var window = robot.lookup("#groupsTable").query().getScene().getWindow();

        robot.interact(() -> window.setWidth(720));
        page.waitUntil(() -> looks.columnsShown().contains("membersColumn"));
        assertThat(looks.columnsShown()).doesNotContain("topicColumn");
        assertThat(looks.headersCutShort()).isEmpty();
        assertThat(looks.cellsCutShort(readWhole)).isEmpty();

        robot.interact(() -> window.setWidth(1000));
        page.waitUntil(() -> looks.columnsShown().size() == 7 && looks.headersCutShort().isEmpty());
        assertThat(looks.cellsCutShort(readWhole)).isEmpty();
    }

    @Test
    void narrowedAtOneGoFromAWideWindowEverythingStillFits(FxRobot robot) {
        var window = robot.lookup("#groupsTable").query().getScene().getWindow();
        robot.interact(() -> window.setWidth(1000));
        page.waitUntil(() -> page.tableLooks().columnsShown().size() == 7);

        robot.interact(() -> window.setWidth(520));

        page.waitUntil(() -> page.tableLooks().rowButtonsCutShort().isEmpty());
        assertThat(page.tableLooks().cutShort("#refreshButton", "#logoutButton", "#allToggle")).isEmpty();
        var select = robot.lookup("#smartSelectMenu").query();
        assertThat(select.localToScene(select.getBoundsInLocal()).getMaxX()).as("the Select menu")
                .isLessThanOrEqualTo(select.getScene().getWidth());
    }

    @Test
    void theSelectMenuOpensWithinTheWindow(FxRobot robot) {
        var window = robot.lookup("#groupsTable").query().getScene().getWindow();

        robot.clickOn("#smartSelectMenu");

        page.waitUntil(() -> shownMenu(robot).isPresent());
        var menu = shownMenu(robot).orElseThrow();
        assertThat(menu.getX() + menu.getWidth()).as("the menu's right edge")
                .isLessThanOrEqualTo(window.getX() + window.getWidth() + 0.5);
        robot.type(KeyCode.ESCAPE);
    }

    private static Optional<Window> shownMenu(FxRobot robot) {
        return robot.listWindows().stream().filter(shown -> shown instanceof ContextMenu && shown.isShowing())
                .findFirst();
    }

    @Test
    void widenedAgainEveryColumnGetsItsRoomBack(FxRobot robot) {
        page.waitUntil(() -> page.tableLooks().rowButtonsCutShort().isEmpty());
        var window = robot.lookup("#groupsTable").query().getScene().getWindow();

        robot.interact(() -> window.setWidth(1000));
        page.waitUntil(() -> page.tableLooks().headersCutShort().isEmpty());
        robot.interact(() -> window.setWidth(1200));

        // the columns' own widths add up to less than the table has now: none stays as narrow as the window made it
        page.waitUntil(() -> page.tableLooks().columnsNarrowerThanTheirOwnWidth().isEmpty());
    }

    @Test
    void aColumnNarrowedByHandStaysSoAsTheWindowNarrowsAndWidens(FxRobot robot) {
        var window = robot.lookup("#groupsTable").query().getScene().getWindow();
        robot.interact(() -> window.setWidth(1200));
        page.waitUntil(() -> page.tableLooks().columnsNarrowerThanTheirOwnWidth().isEmpty());
        var looks = page.tableLooks();
        looks.dragColumnBorder("topicColumn", -80);
        double narrowed = looks.columnWidth("topicColumn");

        robot.interact(() -> window.setWidth(700));
        robot.interact(() -> window.setWidth(1200));

        page.waitUntil(() -> Math.abs(looks.columnWidth("topicColumn") - narrowed) < 1
                && looks.columnsNarrowerThanTheirOwnWidth().equals(List.of("Topic " + Math.round(narrowed))));
    }

    @Test
    void aBannerWithItsDetailsOpenStillLeavesSeveralRowsOfTheTable(FxRobot robot) {
        workspace.fake.injectFault("subscriptions.get", Fault.serverError(), 1);
        page.keyboard().press(KeyCode.F5);
        page.banner().waitFor("Could not load your groups");

        robot.clickOn("#noticeDetailsToggle");

        page.waitUntil(() -> robot.lookup("#noticeDetails").query().isVisible());
        // it was 1.6 rows before the details were capped (and less again above the app's status bar)
        assertThat(page.tableLooks().visibleRows()).isGreaterThan(2.5);
    }
}
