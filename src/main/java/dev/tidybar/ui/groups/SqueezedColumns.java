package dev.tidybar.ui.groups;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The table's columns as the window narrows and widens. Left to itself, the table's policy (the last column flexes)
 * takes a narrower window's room from the columns at the end first, until numbers read "…" and badges are cut in
 * half, and gives a wider window's room to the last column alone, beside columns still cut short. Here instead:
 * <ul>
 * <li>each column's minimum width is the least it can be read at, and the columns a tidy-up needs least give way
 * in turn when the table cannot hold every column at its minimum, and come back when it can;</li>
 * <li>the columns before the last share the room in proportion to their own widths (the width each opened with,
 * or the one the user gave it by hand), up to those widths; the last column takes what is left.</li>
 * </ul>
 */
final class SqueezedColumns {

    /** Room kept for the vertical scroll bar, which the columns share the table's width with. */
    private static final double SCROLL_BAR_ROOM = 12;

    private final TableView<GroupRow> table;
    private final List<TableColumn<GroupRow, ?>> firstToGo;
    /** The widths the user gave columns by hand; the others' own width is the one they opened with. */
    private final Map<TableColumn<GroupRow, ?>, Double> chosen = new HashMap<>();
    private boolean spreading;
    private boolean spreadAhead;

    /** {@code firstToGo}: the columns that may give way to a narrow table, the first to go first. */
    SqueezedColumns(TableView<GroupRow> table, List<TableColumn<GroupRow, ?>> firstToGo) {
        this.table = table;
        this.firstToGo = List.copyOf(firstToGo);
    }

    /** Call once the columns are in place; the last one must stay the last, and never gives way. */
    void followTheTableWidth() {
        table.widthProperty().addListener((observable, was, now) -> {
            // before the table lays its columns out at the new width, so that they never overflow it
            giveWay();
            if (!spreadAhead) {
                spreadAhead = true;
                // after the policy's own pass, which is under way
                Platform.runLater(this::spread);
            }
        });
    }

    /** The table resized {@code column}: by hand, unless it was here sharing the room out. */
    void resized(TableColumn<GroupRow, ?> column) {
        if (!spreading) {
            chosen.put(column, column.getWidth());
        }
    }

    private double room() {
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR_ROOM;
    }

    private void giveWay() {
        double needed = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        int goes = 0;
        while (goes < firstToGo.size() && needed > room()) {
            needed -= firstToGo.get(goes).getMinWidth();
            goes++;
        }
        for (int i = 0; i < firstToGo.size(); i++) {
            firstToGo.get(i).setVisible(i >= goes);
        }
    }

    private void spread() {
        spreadAhead = false;
        var columns = table.getVisibleLeafColumns();
        var last = columns.get(columns.size() - 1);
        var others = columns.subList(0, columns.size() - 1);
        double wanted = others.stream().mapToDouble(this::ownWidth).sum();
        double scale = Math.min(1, (room() - last.getMinWidth()) / wanted);
        spreading = true;
        try {
            // left to right: the policy gives each change to the last column
            for (var column : List.copyOf(others)) {
                double delta = Math.max(column.getMinWidth(), ownWidth(column) * scale) - column.getWidth();
                if (Math.abs(delta) > 0.5) {
                    table.resizeColumn(column, delta);
                }
            }
        } finally {
            spreading = false;
        }
    }

    private double ownWidth(TableColumn<GroupRow, ?> column) {
        return chosen.getOrDefault(column, column.getPrefWidth());
    }
}
