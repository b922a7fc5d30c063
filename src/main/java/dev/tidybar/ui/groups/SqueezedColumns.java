package dev.tidybar.ui.groups;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A narrowing window squeezes the table's columns, but the table's policy (the last column flexes) gives all
 * the room a widening window brings to the last column: the others stayed cut short beside a wide, empty one.
 * Here, once the last column has taken the new room, the squeezed columns take back what they lack, each the same
 * share of it, from the last column, as far as that one's minimum allows: up to the width each opened with, or the
 * width the user gave it by hand.
 */
final class SqueezedColumns {

    private final TableView<GroupRow> table;
    /** The widths the user gave columns by hand; the others' own width is the one they opened with. */
    private final Map<TableColumn<GroupRow, ?>, Double> chosen = new HashMap<>();
    /** The table's width when the columns last got their room back, or the least it has been since. */
    private double widthGivenOut;
    private boolean givingBack;

    SqueezedColumns(TableView<GroupRow> table) {
        this.table = table;
    }

    /** Call once the columns are in place; the last one must stay the last. */
    void giveRoomBackAsTheTableWidens() {
        table.widthProperty().addListener((observable, was, now) ->
                widthGivenOut = Math.min(widthGivenOut, now.doubleValue()));
        var last = table.getColumns().get(table.getColumns().size() - 1);
        last.widthProperty().addListener((observable, was, now) -> {
            // only for a wider table: when the user narrows a column by hand, the last one grows too
            if (now.doubleValue() > was.doubleValue() && table.getWidth() > widthGivenOut + 0.5) {
                // after the policy's own pass, which is under way
                Platform.runLater(this::giveRoomBack);
            }
        });
    }

    /** The table resized {@code column}: by hand, unless it was here giving room back. */
    void resized(TableColumn<GroupRow, ?> column) {
        if (!givingBack) {
            chosen.put(column, column.getWidth());
        }
    }

    private void giveRoomBack() {
        widthGivenOut = table.getWidth();
        var columns = table.getColumns();
        var last = columns.get(columns.size() - 1);
        var others = columns.subList(0, columns.size() - 1);
        double lacking = others.stream().mapToDouble(this::lacking).sum();
        double spare = last.getWidth() - last.getMinWidth();
        if (lacking < 0.5 || spare < 0.5) {
            return;
        }
        double share = Math.min(1, spare / lacking);
        givingBack = true;
        try {
            for (var column : others) {
                double back = lacking(column) * share;
                if (back > 0.5) {
                    table.resizeColumn(column, back);
                }
            }
        } finally {
            givingBack = false;
        }
    }

    private double lacking(TableColumn<GroupRow, ?> column) {
        return Math.max(0, chosen.getOrDefault(column, column.getPrefWidth()) - column.getWidth());
    }
}
