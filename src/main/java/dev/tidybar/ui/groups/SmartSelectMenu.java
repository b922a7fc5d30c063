package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.UiText;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
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

    /** {@code revealTicked} brings the first ticked row into view, so the user sees what was picked. */
    SmartSelectMenu(GroupsViewModel viewModel, UiText text, Runnable revealTicked) {
        super(text.get("selection.menu"), new FontIcon(Feather.CHECK_SQUARE));
        this.viewModel = viewModel;
        this.text = text;
        this.revealTicked = revealTicked;
        setId("smartSelectMenu");
        setTooltip(new Tooltip(text.get("selection.menu.tooltip")));
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
        getItems().setAll(item("selectAllShown", null), inactive, item("noUnreadItem", SmartSelection.NO_UNREAD),
                item("archivedItem", SmartSelection.ARCHIVED), item("readOnlyItem", SmartSelection.READ_ONLY),
                new SeparatorMenuItem(), clearItem());
    }

    private MenuItem item(String id, SmartSelection smart) {
        var item = new MenuItem();
        item.setId(id);
        item.setOnAction(event -> {
            if (smart == null) {
                viewModel.selection().selectAllShown();
            } else {
                viewModel.selection().selectShown(smart, typedDays());
            }
            revealTicked.run();
        });
        item.setUserData(smart);
        return item;
    }

    private MenuItem clearItem() {
        var clear = new MenuItem(text.get("selection.none"));
        clear.setId("selectNoneItem");
        clear.setOnAction(event -> viewModel.selection().clear());
        return clear;
    }

    private void recount() {
        for (var item : getItems()) {
            if (item.getId() == null || item instanceof CustomMenuItem || item.getId().equals("selectNoneItem")) {
                continue;
            }
            var smart = (SmartSelection) item.getUserData();
            int count = smart == null ? viewModel.shownRows().size()
                    : viewModel.selection().countShown(smart, typedDays());
            item.setText(text.format("selection.smart." + (smart == null ? "allShown" : smart.name()), count));
            item.setDisable(count == 0);
        }
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
