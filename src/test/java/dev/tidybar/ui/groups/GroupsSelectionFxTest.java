package dev.tidybar.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Ticking rows with the mouse and the keyboard, the Select menu, and Close selected, in the real window. */
class GroupsSelectionFxTest extends GroupsScreenFxFixture {

    @Start
    void start(Stage window) throws Exception {
        open(window);
    }

    @Test
    void ticksClicksAndShiftClickARangeAndTheBarCountsThem() {
        assertThat(page.selectionText()).isEmpty();

        page.tick("accessibility", false);
        page.tick("backend-guild", true);

        var names = page.rowNames();
        var range = names.subList(names.indexOf("accessibility"), names.indexOf("backend-guild") + 1);
        assertThat(page.tickedNames()).containsExactlyElementsOf(range);
        assertThat(page.selectionText()).isEqualTo(range.size() + " selected");
    }

    @Test
    void ctrlClickSpaceAndCtrlATickAndTheHeaderUnticksWhatIsShown(FxRobot robot) {
        page.ctrlClickRow("design-team");
        assertThat(page.tickedNames()).containsExactly("design-team");
        page.selectRow("book-club");
        page.keyboard().press(KeyCode.SPACE);
        assertThat(page.tickedNames()).containsExactlyInAnyOrder("design-team", "book-club");

        page.filter("guild");
        robot.clickOn("#groupsTable");
        page.keyboard().pressWithShortcut(KeyCode.A);
        assertThat(page.tickedNames()).containsExactly("backend-guild", "frontend-guild");
        assertThat(page.selectionText()).isEqualTo("4 selected (2 not shown)");

        robot.clickOn("#tickAllShown");
        assertThat(page.tickedNames()).isEmpty();
        assertThat(page.selectionText()).isEqualTo("2 selected (2 not shown)");
    }

    @Test
    void theBarFollowsTheFilterLongAfterTheScreenWasBuilt(FxRobot robot) {
        page.tick("design-team", false);
        page.tick("book-club", false);
        // the bar's listeners must outlive any garbage collection (they once hung on a throwaway wrapper)
        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        page.filter("design-team");

        assertThat(page.selectionText()).isEqualTo("2 selected (1 not shown)");
        assertThat(robot.lookup("#tickAllShown").queryAs(CheckBox.class).isSelected()).isTrue();
    }

    @Test
    void rowsClosedAboveTheOnesInViewDoNotMoveThem() {
        var names = page.rowNames();
        page.tick(names.get(0), false);
        page.tick(names.get(4), true);
        String inView = names.get(12);
        page.tableLooks().scrollToTop(inView);
        page.waitUntil(() -> inView.equals(page.tableLooks().firstShownRowName()));

        page.clickButton("#closeSelectedButton");

        page.banner().waitFor("Closed 5 of 5 groups");
        assertThat(page.rowNames()).doesNotContain(names.get(0));
        assertThat(page.tableLooks().firstShownRowName()).as("the row at the top of the table").isEqualTo(inView);
    }

    @Test
    void anotherFilterOrSideOfTheSwitchShowsItsRowsFromTheTop() {
        var names = page.rowNames();
        page.tableLooks().scrollToTop(names.get(12));
        page.waitUntil(() -> names.get(12).equals(page.tableLooks().firstShownRowName()));

        page.filter("team");
        page.waitUntil(() -> page.rowNames().size() < names.size());
        assertThat(page.tableLooks().firstShownRowName()).as("the first match").isEqualTo(page.rowNames().get(0));

        page.filter("");
        page.waitUntil(() -> page.rowNames().size() == names.size());
        page.tableLooks().scrollToTop(names.get(10));
        page.waitUntil(() -> names.get(10).equals(page.tableLooks().firstShownRowName()));
        page.showAll();
        page.waitUntil(() -> page.switchText("all").equals("All (41)") && page.rowNames().size() > 29);
        assertThat(page.tableLooks().firstShownRowName()).as("the first of all").isEqualTo(page.rowNames().get(0));
    }

    @Test
    void closeSelectedWorksDownTheTableAsItIsSorted() {
        page.sortBy("Members");
        page.sortBy("Members");
        var sorted = page.rowNames();
        var ticked = List.of(sorted.get(0), sorted.get(6), sorted.get(12));
        assertThat(ticked).as("an order other than by name").isNotEqualTo(ticked.stream().sorted().toList());
        ticked.forEach(name -> page.tick(name, false));
        workspace.fake.clearReceivedRequests();

        page.clickButton("#closeSelectedButton");

        page.banner().waitFor("Closed 3 of 3 groups");
        var closed = workspace.fake.receivedRequests().stream().filter(sent -> sent.endpoint().equals("groups.close"))
                .map(sent -> sent.bodyField("roomId").orElseThrow()).toList();
        assertThat(closed).as("top row first")
                .containsExactlyElementsOf(ticked.stream().map(workspace::roomId).toList());
    }

    @Test
    void anOffButtonSaysWhyItIsOff(FxRobot robot) {
        page.tick("design-team", false);
        page.tick("book-club", false);

        assertThat(robot.lookup("#reopenSelectedButton").query().isDisabled()).isTrue();
        page.waitForTooltip("#closeSelectedButton",
                "Hide the 2 selected groups that are in your sidebar, at the pace the server allows");
        page.waitForTooltip("#reopenSelectedButton",
                "All 2 selected groups are in your sidebar already: there is nothing to reopen");
    }

    @Test
    void theSelectMenuCountsBeforeTickingAndCloseSelectedEndsInOneSummary() {
        String item = page.pickSmartSelection("Archived");

        assertThat(item).isEqualTo("Archived (1)");
        assertThat(page.tickedNames()).containsExactly("release-2025");
        assertThat(workspace.calls()).as("a selection sends nothing").isEmpty();
        page.tick("mobile-app", false);

        page.clickButton("#closeSelectedButton");

        page.banner().waitFor("Closed 2 of 2 groups");
        assertThat(page.selectionText()).isEmpty();
        assertThat(workspace.isOpenForAlex("release-2025")).isFalse();
        assertThat(workspace.isOpenForAlex("mobile-app")).isFalse();
        page.banner().clickButton("Undo: reopen 2");
        page.banner().waitFor("Reopened 2 of 2 groups");
        assertThat(workspace.isOpenForAlex("mobile-app")).isTrue();
    }
}
