package dev.tidybar.ui.pages;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.ui.groups.GroupRow;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The groups screen as a user sees it: rows by name, their buttons, the switch, the filter and the banner. */
public final class GroupsPage {

    private static final long WAIT_SECONDS = 15;

    private final FxRobot robot;
    private final GroupsKeyboard keyboard;
    private final GroupsBanner banner;

    public GroupsPage(FxRobot robot) {
        this.robot = robot;
        this.keyboard = new GroupsKeyboard(robot);
        this.banner = new GroupsBanner(robot, this::waitUntil);
    }

    /** The keys, as the user presses them on the groups screen. */
    public GroupsKeyboard keyboard() {
        return keyboard;
    }

    /** The banner above the table. */
    public GroupsBanner banner() {
        return banner;
    }

    /** The Close button on the row of {@code name}, which must be shown. */
    public Button closeButtonFor(String name) {
        return shownRowButton("Close " + name);
    }

    /** The Reopen button on the row of {@code name}, which must be shown. */
    public Button reopenButtonFor(String name) {
        return shownRowButton("Reopen " + name);
    }

    public void clickClose(String name) {
        robot.clickOn(closeButtonFor(name));
    }

    public void clickReopen(String name) {
        robot.clickOn(reopenButtonFor(name));
    }

    /** The button of a row whose change waits for the server's rate limit (it cancels that change). */
    public Optional<Button> waitingButtonFor(String name) {
        return rowButton("Cancel waiting to close " + name);
    }

    public void clickWaiting(String name) {
        scrollTo(name);
        robot.clickOn(waitingButtonFor(name).orElseThrow(() -> new AssertionError("no waiting button for " + name)));
    }

    /** Puts the keyboard focus on the row's Close button, as Tab would. */
    public void focusCloseButton(String name) {
        var button = closeButtonFor(name);
        robot.interact(button::requestFocus);
    }

    /** Where the table's rows and columns are on the screen, and what they look like. */
    public TableLooks tableLooks() {
        return new TableLooks(robot, table());
    }

    /** The focused control: "#id", or its accessible text when it has no id (a row's button). */
    public String focusOwner() {
        var focused = robot.lookup("#groupsView").query().getScene().getFocusOwner();
        return focused == null ? "" : focused.getId() != null ? "#" + focused.getId() : focused.getAccessibleText();
    }

    /** The tooltip of the cell reading {@code text} in the row of {@code name}, or "" if it has none. */
    public String cellTooltip(String name, String text) {
        scrollTo(name);
        WaitForAsyncUtils.waitForFxEvents();
        Labeled found = robot.lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> text.equals(cell.getText()) || cell.getGraphic() != null
                        && robot.from(cell.getGraphic()).lookup(".label").queryAllAs(Labeled.class).stream()
                        .anyMatch(label -> text.equals(label.getText())))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + text));
        // a cell makes its tooltip when the pointer first comes over it
        robot.moveTo(found);
        return found.getTooltip() == null ? "" : found.getTooltip().getText();
    }

    /** The text of the row's cell in the column with this id ("topicColumn"); "" when the cell is blank. */
    public String cellText(String name, String columnId) {
        scrollTo(name);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId())
                        && cell.getTableRow() != null && cell.getTableRow().getItem() instanceof GroupRow row
                        && row.displayName().equals(name))
                .findFirst().map(cell -> cell.getText() == null ? "" : cell.getText())
                .orElseThrow(() -> new AssertionError("no " + columnId + " cell for " + name));
    }

    /** What the progress line beside the switch says. */
    public String progressText() {
        return robot.lookup("#loadProgressText").queryLabeled().getText();
    }

    /** What the work queue's line under the table says; blank while the queue bar is hidden. */
    public String queueText() {
        var bar = robot.lookup("#queueBar").query();
        return bar.isVisible() ? robot.lookup("#queueText").queryLabeled().getText() : "";
    }

    /** The selection bar's count ("3 selected"); blank while nothing is ticked. */
    public String selectionText() {
        var bar = robot.lookup("#selectionBar").query();
        return bar.isVisible() ? robot.lookup("#selectionCount").queryLabeled().getText() : "";
    }

    /** Clicks the tick box of the row {@code name}, with Shift held for a range. */
    public void tick(String name, boolean withShift) {
        scrollTo(name);
        var box = robot.lookup(".tick-cell .check-box").queryAllAs(CheckBox.class).stream()
                .filter(candidate -> ("Select " + name).equals(candidate.getAccessibleText()))
                .findFirst().orElseThrow(() -> new AssertionError("no tick for " + name));
        if (withShift) {
            robot.press(KeyCode.SHIFT).clickOn(box).release(KeyCode.SHIFT);
        } else {
            robot.clickOn(box);
        }
    }

    /** The names of the ticked rows among every row the table shows, in table order. */
    public List<String> tickedNames() {
        return table().getItems().stream().filter(GroupRow::isSelected).map(GroupRow::displayName).toList();
    }

    /** Clicks a button by its id, such as #closeSelectedButton. */
    public void clickButton(String id) {
        robot.clickOn(id);
    }

    /** Clicks the row's name with Ctrl (Cmd on macOS) held: ticks or unticks it. */
    public void ctrlClickRow(String name) {
        scrollTo(name);
        var label = robot.lookup(".name-cell").queryAllAs(Labeled.class).stream()
                .filter(candidate -> name.equals(candidate.getText()) && candidate.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
        robot.press(KeyCode.SHORTCUT).clickOn(label).release(KeyCode.SHORTCUT);
    }

    /** Opens the Select menu and picks the item whose text starts with {@code words}; returns its whole text. */
    public String pickSmartSelection(String words) {
        robot.clickOn("#smartSelectMenu");
        var item = robot.lookup(".menu-item .label").queryAllAs(Labeled.class).stream()
                .filter(label -> label.getText() != null && label.getText().startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + words));
        String shown = item.getText();
        robot.clickOn(item);
        return shown;
    }

    /** True while the row's button is disabled and spinning. */
    public boolean isWorkingOn(String name) {
        return robot.lookup(".row-action").queryAllAs(Button.class).stream()
                .anyMatch(button -> button.isDisabled() && button.getGraphic() instanceof ProgressIndicator
                        && button.getAccessibleText().endsWith(name + "…"));
    }

    /** The display names of the rows in the table, top to bottom. */
    @SuppressWarnings("unchecked")
    public List<String> rowNames() {
        // none yet while the table has still to join the screen, a frame after the rest of it
        return robot.lookup("#groupsTable").tryQuery()
                .map(table -> ((TableView<GroupRow>) table).getItems().stream().map(GroupRow::displayName).toList())
                .orElse(List.of());
    }

    /** Clicks the row's name, which selects the row and puts the keyboard in the table. */
    public void selectRow(String name) {
        scrollTo(name);
        robot.clickOn(robot.lookup(".name-cell").queryAllAs(Labeled.class).stream()
                .filter(label -> name.equals(label.getText()) && label.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name)));
    }

    /** The groups in the table, top to bottom. */
    public List<PrivateGroup> rowGroups() {
        return table().getItems().stream().map(GroupRow::group).toList();
    }

    public void sortBy(String columnTitle) {
        robot.clickOn(robot.lookup(".column-header .label").queryAllAs(Labeled.class).stream()
                .filter(label -> label.getText().equals(columnTitle)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + columnTitle)));
    }

    public boolean filterHasFocus() {
        return robot.lookup("#filterField").query().isFocused();
    }

    /** The display name of the selected row, or null. */
    public String selectedRowName() {
        var row = table().getSelectionModel().getSelectedItem();
        return row == null ? null : row.displayName();
    }

    /**
     * Points at the node {@code query} finds and waits for a tooltip to say {@code words}. It comes from the
     * workspace's name, which has no tooltip, once no tooltip shows: JavaFX shows none while another one is up.
     */
    public void waitForTooltip(String query, String words) {
        robot.moveTo("#workspaceHost");
        waitUntil(() -> ShownTooltips.of(robot).isEmpty());
        robot.moveTo(query);
        waitUntil(() -> ShownTooltips.of(robot).contains(words));
    }

    public void showVisible() {
        robot.clickOn("#visibleToggle");
    }

    public void showHidden() {
        robot.clickOn("#hiddenToggle");
    }

    public void showAll() {
        robot.clickOn("#allToggle");
    }

    /** "Visible (32)", "Hidden (8)" or "All (40)". */
    public String switchText(String which) {
        return robot.lookup("#" + which + "Toggle").queryAs(ToggleButton.class).getText();
    }

    public void filter(String words) {
        robot.clickOn("#filterField");
        robot.interact(() -> robot.lookup("#filterField").queryAs(TextField.class).clear());
        robot.write(words);
    }

    public String emptyMessage() {
        return robot.lookup("#emptyMessage").queryLabeled().getText();
    }

    /**
     * Waits until {@code condition} holds. It is checked on the FX thread, because it reads the
     * table's lists, which the FX thread may be changing at that moment.
     */
    public void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("gave up waiting; banner: " + banner.title() + " / " + banner.message()
                    + "; rows: " + rowNames(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<GroupRow> table() {
        return robot.lookup("#groupsTable").queryAs(TableView.class);
    }

    /**
     * Scrolls the row into view, two rows down from the top: a row scrolled to the very top can sit half
     * under the column headers once a bar below the table takes some height, and a click on its middle
     * would land on a header.
     */
    private void scrollTo(String name) {
        int index = rowNames().indexOf(name);
        if (index >= 0) {
            robot.interact(() -> table().scrollTo(Math.max(0, index - 2)));
        }
    }

    private Optional<Button> rowButton(String accessibleText) {
        scrollTo(accessibleText.substring(accessibleText.indexOf(' ') + 1));
        return visibleRowButton(accessibleText);
    }

    /** A button that must be there: the table lays out the rows scrolled into view at its next pulse. */
    private Button shownRowButton(String accessibleText) {
        scrollTo(accessibleText.substring(accessibleText.indexOf(' ') + 1));
        waitUntil(() -> visibleRowButton(accessibleText).isPresent());
        return visibleRowButton(accessibleText).orElseThrow();
    }

    private Optional<Button> visibleRowButton(String accessibleText) {
        return robot.lookup(".row-action").queryAllAs(Button.class).stream()
                .filter(button -> accessibleText.equals(button.getAccessibleText()) && button.isVisible())
                .findFirst();
    }
}
