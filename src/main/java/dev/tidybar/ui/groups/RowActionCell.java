package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.UiText;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A real, focusable button per row: Close on a group in the sidebar, Reopen on a hidden one. While
 * the server works on it, the button is disabled and shows a spinner.
 */
final class RowActionCell extends TableCell<GroupRow, GroupRow> {

    private static final PseudoClass REOPEN = PseudoClass.getPseudoClass("reopen");

    private final UiText text;
    private final Button button = new Button();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Tooltip tooltip = new Tooltip();
    private final InvalidationListener refresh = changed -> show(getItem());

    RowActionCell(GroupsViewModel viewModel, UiText text) {
        this.text = text;
        button.getStyleClass().add("row-action");
        button.setTooltip(tooltip);
        button.setOnAction(event -> viewModel.closeOrReopen(getItem()));
        spinner.getStyleClass().add("row-spinner");
    }

    @Override
    protected void updateItem(GroupRow row, boolean empty) {
        var before = getItem();
        if (before != null) {
            before.busyProperty().removeListener(refresh);
            before.groupProperty().removeListener(refresh);
        }
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        row.busyProperty().addListener(refresh);
        row.groupProperty().addListener(refresh);
        show(row);
        setGraphic(button);
    }

    private void show(GroupRow row) {
        if (row == null) {
            return;
        }
        String name = row.displayName();
        boolean hidden = row.isHidden();
        button.setText(text.get(row.isBusy() ? (hidden ? "groups.reopening" : "groups.closing")
                : hidden ? "groups.reopen" : "groups.close"));
        button.setDisable(row.isBusy());
        button.setGraphic(row.isBusy() ? spinner : null);
        button.setAccessibleText(row.isBusy() ? text.format("groups.working.accessible", name)
                : text.format(hidden ? "groups.reopen.accessible" : "groups.close.accessible", name));
        tooltip.setText(text.format(hidden ? "groups.reopen.tooltip" : "groups.close.tooltip", name));
        button.pseudoClassStateChanged(REOPEN, hidden);
    }
}
