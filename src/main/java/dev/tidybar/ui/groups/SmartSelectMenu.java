package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Select ▾": ready-made selections of the rows the table shows, each with how many it would tick,
 * counted as the menu opens. Inactive groups take a number of days, and the count follows it.
 */
final class SmartSelectMenu extends MenuButton {

    static final int DEFAULT_DAYS = 90;

    private final GroupsViewModel viewModel;
    private final UiText text;
    private final Spinner<Integer> days = new Spinner<>(1, 3650, DEFAULT_DAYS, 30);
    private final Button selectInactive = new Button();
    private final Runnable revealTicked;
    /** What brings each counted item's words up to date. */
    private final List<Runnable> recounts = new ArrayList<>();

    /** {@code revealTicked} brings the first ticked row into view, so the user sees what was picked. */
    SmartSelectMenu(GroupsViewModel viewModel, UiText text, Runnable revealTicked) {
        super(text.get("selection.menu"), new FontIcon(Feather.CHECK_SQUARE));
        this.viewModel = viewModel;
        this.text = text;
        this.revealTicked = revealTicked;
        setId("smartSelectMenu");
        new HoverTooltip(this).say(text.get("selection.menu.tooltip"));
        setMinWidth(USE_PREF_SIZE);
        days.setId("inactiveDays");
        days.setEditable(true);
        days.setPrefWidth(90);
        // the count follows each digit typed, not only Enter
        days.getEditor().textProperty().addListener((observable, before, now) -> countInactive());
        selectInactive.setId("selectInactiveButton");
        selectInactive.setOnAction(event -> {
            int typed = typedDays();
            days.getValueFactory().setValue(typed);
            viewModel.selection().selectShown(SmartSelection.INACTIVE, typed);
            hide();
            revealTicked.run();
        });
        // on two lines: one line made the menu wider than the window's right-hand side, where the button is
        var daysRow = new HBox(days, new Label(text.get("selection.inactive.after")), selectInactive);
        daysRow.getStyleClass().add("inactive-days");
        var inactiveRow = new VBox(new Label(text.get("selection.inactive.before")), daysRow);
        inactiveRow.getStyleClass().add("inactive-row");
        var inactive = new CustomMenuItem(inactiveRow, false);
        inactive.setId("inactiveItem");
        setOnShowing(event -> recount());
        setOnShown(event -> alignRightEdges());
        var allShown = counted("selectAllShown", "selection.smart.allShown", () -> viewModel.shownRows().size(),
                () -> viewModel.selection().selectAllShown());
        getItems().setAll(allShown, inactive, smart("noUnreadItem", SmartSelection.NO_UNREAD),
                smart("archivedItem", SmartSelection.ARCHIVED), smart("readOnlyItem", SmartSelection.READ_ONLY),
                new SeparatorMenuItem(), clearItem());
    }

    /**
     * The button sits at the window's right-hand side, and its menu opens at its left edge: the menu reached past the
     * window. It is moved left, to end where the button ends.
     */
    private void alignRightEdges() {
        var right = localToScreen(getBoundsInLocal()).getMaxX();
        Window.getWindows().stream()
                .filter(window -> window instanceof ContextMenu menu && menu.getOwnerNode() == this)
                .findFirst()
                .ifPresent(menu -> menu.setX(Math.min(menu.getX(), right - menu.getWidth())));
    }

    private MenuItem smart(String id, SmartSelection smart) {
        return counted(id, "selection.smart." + smart.name(),
                () -> viewModel.selection().countShown(smart, typedDays()),
                () -> viewModel.selection().selectShown(smart, typedDays()));
    }

    /** An item worded with how many rows it ticks, counted afresh each time the menu opens. */
    private MenuItem counted(String id, String key, IntSupplier count, Runnable select) {
        var item = new MenuItem();
        item.setId(id);
        item.setOnAction(event -> {
            select.run();
            revealTicked.run();
        });
        recounts.add(() -> {
            int now = count.getAsInt();
            item.setText(text.format(key, now));
            item.setDisable(now == 0);
        });
        return item;
    }

    private MenuItem clearItem() {
        var clear = new MenuItem(text.get("selection.none"));
        clear.setId("selectNoneItem");
        clear.setOnAction(event -> viewModel.selection().clear());
        return clear;
    }

    private void recount() {
        recounts.forEach(Runnable::run);
        countInactive();
    }

    /** The days as typed so far, within the spinner's bounds; its last value while the text is no number. */
    private int typedDays() {
        try {
            return Math.max(1, Math.min(3650, Integer.parseInt(days.getEditor().getText().strip())));
        } catch (NumberFormatException e) {
            return days.getValue();
        }
    }

    private void countInactive() {
        int count = viewModel.selection().countShown(SmartSelection.INACTIVE, typedDays());
        selectInactive.setText(text.format("selection.inactive.select", count));
        selectInactive.setDisable(count == 0);
    }
}
