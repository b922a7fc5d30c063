package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.UiText;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.MouseEvent;

/**
 * The column of ticks for Close selected and Reopen selected. Its header ticks every row the table
 * shows (or unticks them when all are ticked); Shift-click ticks the range from the row ticked last.
 */
final class TickColumn extends TableColumn<GroupRow, GroupRow> {

    private final GroupsViewModel viewModel;
    private final CheckBox header = new CheckBox();
    /** The row ticked or unticked last: where a Shift-click range starts. */
    private GroupRow anchor;

    TickColumn(GroupsViewModel viewModel, UiText text) {
        this.viewModel = viewModel;
        setId("tickColumn");
        setSortable(false);
        setResizable(false);
        setReorderable(false);
        setPrefWidth(36);
        setMinWidth(36);
        setMaxWidth(36);
        setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        setCellFactory(column -> new TickCell(text));
        header.setId("tickAllShown");
        header.setAccessibleText(text.get("selection.allShown.accessible"));
        new HoverTooltip(header).say(text.get("selection.allShown.tooltip"));
        header.setOnAction(event -> {
            if (allShownTicked()) {
                viewModel.selection().set(List.copyOf(viewModel.shownRows()), false);
            } else {
                viewModel.selection().selectAllShown();
            }
        });
        setGraphic(header);
        InvalidationListener redo = changed -> showHeader();
        viewModel.selection().changesProperty().addListener(redo);
        viewModel.shownRows().addListener((ListChangeListener<GroupRow>) change -> showHeader());
    }

    /** Toggles {@code row}; with {@code range}, ticks (or unticks) every row from the last one toggled. */
    void toggle(GroupRow row, boolean range) {
        boolean tick = !row.isSelected();
        var table = getTableView();
        if (range && anchor != null && table != null && table.getItems().contains(anchor)) {
            int from = table.getItems().indexOf(anchor);
            int to = table.getItems().indexOf(row);
            tick = anchor.isSelected();
            viewModel.selection().set(List.copyOf(table.getItems().subList(Math.min(from, to), Math.max(from, to) + 1)),
                    tick);
        } else {
            viewModel.selection().set(List.of(row), tick);
        }
        anchor = row;
    }

    private boolean allShownTicked() {
        var shown = viewModel.shownRows();
        return !shown.isEmpty() && shown.stream().allMatch(GroupRow::isSelected);
    }

    private void showHeader() {
        var shown = viewModel.shownRows();
        long ticked = shown.stream().filter(GroupRow::isSelected).count();
        header.setIndeterminate(ticked > 0 && ticked < shown.size());
        header.setSelected(ticked > 0 && ticked == shown.size());
        header.setDisable(shown.isEmpty());
    }

    private final class TickCell extends TableCell<GroupRow, GroupRow> {
        private final CheckBox box = new CheckBox();
        private final UiText text;
        private final InvalidationListener follow = changed -> box.setSelected(getItem() != null
                && getItem().isSelected());

        TickCell(UiText text) {
            this.text = text;
            getStyleClass().add("tick-cell");
            // the box never takes the focus: Space and the arrows stay with the table
            box.setFocusTraversable(false);
            box.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
                if (getItem() != null) {
                    toggle(getItem(), event.isShiftDown());
                    event.consume();
                }
            });
        }

        @Override
        protected void updateItem(GroupRow row, boolean empty) {
            var before = getItem();
            if (before != null) {
                before.selectedProperty().removeListener(follow);
            }
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            row.selectedProperty().addListener(follow);
            box.setSelected(row.isSelected());
            box.setAccessibleText(text.format("selection.row.accessible", row.displayName()));
            setGraphic(box);
        }
    }
}
