package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.Fault;
import java.time.Duration;
import java.util.List;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard acts on the row the user chose, and the focus stays somewhere sensible as rows and banners change. */
class GroupsFocusFxTest extends GroupsScreenFxFixture {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @Test
    void deleteClosesTheRowWhoseButtonHasTheFocusNotAnEarlierSelection() throws Exception {
        page.selectRow("book-club");
        page.focusCloseButton("api-v2-migration");

        page.keyboard().press(KeyCode.DELETE);

        page.banner().waitFor("Closed ‘api-v2-migration’");
        assertThat(workspace.isOpenForAlex("book-club")).isTrue();
        assertThat(workspace.calls()).containsExactly("groups.close", "subscriptions.get");
    }

    @Test
    void afterACloseTheFocusIsInTheTableOnTheNextRowNotOnAnotherRowsButton() {
        page.clickClose("design-team");

        page.banner().waitFor("Closed ‘design-team’");
        page.waitUntil(() -> !page.rowNames().contains("design-team"));
        assertThat(page.focusOwner()).isEqualTo("#groupsTable");
        assertThat(page.selectedRowName()).isEqualTo("docs-writers");

        page.keyboard().press(KeyCode.SPACE);
        page.keyboard().press(KeyCode.DELETE);
        page.banner().waitFor("Closed ‘docs-writers’");
        assertThat(workspace.calls())
                .containsExactly("groups.close", "subscriptions.get", "groups.close", "subscriptions.get");
    }

    @Test
    void theKeyboardFocusShowsOnTheSwitchAndOnTheTablesRow(FxRobot robot) {
        var looks = page.tableLooks();
        var visibleToggle = robot.lookup("#visibleToggle").query();
        var unfocused = looks.pixels(visibleToggle);
        page.keyboard().pressWithShortcut(KeyCode.F);
        page.keyboard().press(KeyCode.TAB);
        assertThat(page.focusOwner()).isEqualTo("#visibleToggle");
        assertThat(looks.pixelsChangedSince(visibleToggle, unfocused)).as("pixels of the switch the focus changed")
                .isGreaterThan(100);

        page.selectRow("book-club");
        var row = looks.row("book-club");
        var focused = looks.pixels(row);
        robot.clickOn("#filterField");
        assertThat(looks.pixelsChangedSince(row, focused)).as("pixels of the selected row the table's focus changed")
                .isGreaterThan(100);
    }

    @Test
    void whileABatchRunsTheFocusIsInTheTableNotOnTheLastBannersUndo() {
        page.clickClose("design-team");
        page.banner().waitFor("Closed ‘design-team’");
        page.tick("book-club", false);
        page.tick("coffee-chats", false);
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(30)), 1);

        page.clickButton("#closeSelectedButton");
        page.waitUntil(() -> page.queueText().startsWith("Paused"));

        assertThat(page.focusOwner()).isEqualTo("#groupsTable");
        page.keyboard().press(KeyCode.SPACE);
        assertThat(page.banner().title()).as("the last banner, its Undo not pressed")
                .isEqualTo("Closed ‘design-team’");
        assertThat(workspace.calls()).as("nothing undone").doesNotContain("groups.open");
    }

    @Test
    void aRowButtonReachedWithTheKeyboardIsShownWhole() {
        page.keyboard().pressWithShortcut(KeyCode.F);
        String owner = "";
        for (int i = 0; i < 8 && !owner.startsWith("Close "); i++) {
            page.keyboard().pressWithShift(KeyCode.TAB);
            owner = page.focusOwner();
        }

        assertThat(owner).as("a row's button, backwards from the filter").startsWith("Close ");
        String row = owner.substring("Close ".length());
        page.waitUntil(() -> page.tableLooks().rowShownWhole(row));
    }

    @Test
    void switchingViewOrFilteringSelectsNothingNew() {
        page.selectRow("design-team");

        page.showHidden();
        assertThat(page.selectedRowName()).isNull();

        page.showVisible();
        page.selectRow("design-team");
        page.filter("book");
        assertThat(page.selectedRowName()).isNull();
    }

    @Test
    void escEmptiesTheFilterAndEveryGroupIsBack() {
        int all = page.rowNames().size();
        page.filter("book");
        assertThat(page.rowNames()).hasSizeLessThan(all);

        page.keyboard().press(KeyCode.ESCAPE);

        page.waitUntil(() -> page.rowNames().size() == all);
        assertThat(page.filterHasFocus()).isTrue();
    }

    @Test
    void afterUndoTheFocusIsBackInTheTable() {
        page.clickClose("design-team");
        page.banner().waitFor("Closed ‘design-team’");

        page.banner().clickButton("Undo");

        page.banner().waitFor("Reopened ‘design-team’");
        assertThat(page.focusOwner()).isEqualTo("#groupsTable");
    }

    @Test
    void aClickLandingAsTheButtonTurnsIntoCancelDoesNotCancel(FxRobot robot) {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(30)), 1);
        page.clickClose("design-team");
        page.waitUntil(() -> page.waitingButtonFor("design-team").isPresent());

        // a second click meant for the row that slid up, as the button turns into Cancel: pressed and
        // released in one go on the FX thread, so no layout pass moves the row between the two
        robot.interact(() -> {
            var waiting = robot.lookup(".row-action").queryAllAs(Button.class).stream()
                    .filter(button -> "Cancel waiting to close design-team".equals(button.getAccessibleText()))
                    .findFirst().orElseThrow();
            waiting.pseudoClassStateChanged(RowActionCell.SETTLING, true);
            click(waiting);
        });

        assertThat(page.waitingButtonFor("design-team")).isPresent();
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
        assertThat(page.queueText()).startsWith("Paused").contains("0 of 1 closed");
    }

    private static void click(Button button) {
        var centre = button.localToScene(button.getWidth() / 2, button.getHeight() / 2);
        for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
            Event.fireEvent(button, new MouseEvent(type, button.getWidth() / 2, button.getHeight() / 2,
                    centre.getX(), centre.getY(), MouseButton.PRIMARY, 1, false, false, false, false, true, false,
                    false, true, false, false, null));
        }
    }

    @Test
    void aCloseWaitingForTheRateLimitShowsOnItsRowAndTheQueueLineAndCanBeCancelled() {
        workspace.fake.injectFault("groups.close", Fault.tooManyRequests(Duration.ofSeconds(30)), 1);
        page.clickClose("design-team");
        page.waitUntil(() -> page.waitingButtonFor("design-team").isPresent());

        assertThat(page.banner().shown()).as("a wait is the queue's, not a banner").isFalse();
        assertThat(page.queueText()).matches("Paused (30|29) s \\(rate limit\\) · 0 of 1 closed · .*");
        var waiting = page.waitingButtonFor("design-team").orElseThrow();
        assertThat(waiting.getText()).isEqualTo("Waiting…");
        page.waitUntil(() -> !waiting.isDisabled() && !waiting.getPseudoClassStates().contains(RowActionCell.SETTLING));
        page.clickWaiting("design-team");
        page.waitUntil(() -> page.closeButtonFor("design-team").getText().equals("Close"));
        assertThat(page.waitingButtonFor("design-team")).isEmpty();
        page.waitUntil(() -> page.queueText().isEmpty());
        assertThat(workspace.callsTo("groups.close", "design-team")).hasSize(1);
        assertThat(workspace.isOpenForAlex("design-team")).isTrue();
    }

    @Test
    void f5AgainWhileTheListIsUpdatingAsksForNothingMore() {
        workspace.fake.setLatency(Duration.ofMillis(500));

        page.selectRow("design-team");
        page.keyboard().press(KeyCode.F5);
        page.keyboard().press(KeyCode.F5);

        page.waitUntil(() -> workspace.calls().size() >= 2 && !viewModel.sync().progressShownProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.calls()).containsExactlyInAnyOrder("subscriptions.get", "groups.list");
    }

    @Test
    void namesAndTopicsHaveTheirFullTextInATooltipAndMarkedNamesWhatTheMarkersMean() {
        assertThat(page.cellTooltip("design-team", "Design reviews and critique"))
                .isEqualTo("Design reviews and critique");
        assertThat(page.cellTooltip("design-team", "design-team")).isEqualTo("design-team");
        assertThat(page.cellTooltip("announcements-internal", "announcements-internal"))
                .isEqualTo("announcements-internal\nRead-only: only some members can post");
    }

    @Test
    void aBannerAppearingDoesNotMoveTheTableUnderThePointer(FxRobot robot) throws Exception {
        double before = tableTop(robot);

        page.clickClose("docs-writers");
        page.banner().waitFor("Closed ‘docs-writers’");

        // the banner sits under the table: a second click at the same place hits the row the user aimed at
        assertThat(tableTop(robot)).isEqualTo(before);
    }

    private static double tableTop(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var table = robot.lookup("#groupsTable").query();
            return table.localToScene(table.getBoundsInLocal()).getMinY();
        }).get();
    }
}
