package dev.tidybar.ui.groups;

import javafx.application.Platform;
import javafx.scene.control.TableView;

/**
 * A narrowing window squeezes the table's columns, but the table's policy (the last column flexes) gives all
 * the room a widening window brings to the last column: the others stayed cut short beside a wide, empty one.
 * Here, once the last column has taken the new room, each squeezed column takes back up to the width it opened
 * with, from the last column, as far as that one's minimum allows.
 */
final class SqueezedColumns {

    private final TableView<GroupRow> table;
    /** The table's width when the columns last got their room back, or the least it has been since. */
    private double widthGivenOut;

    SqueezedColumns(TableView<GroupRow> table) {
        this.table = table;
    }

    /** Call once the columns are in place; the last one must stay the last. */
    void giveRoomBackAsTheTableWidens() {
        table.widthProperty().addListener((observable, was, now) ->
                widthGivenOut = Math.min(widthGivenOut, now.doubleValue()));
        var last = table.getColumns().get(table.getColumns().size() - 1);
        last.widthProperty().addListener((observable, was, now) -> {
            // only for a wider table: when the user narrows a column by hand, the last one grows too, and the
            // narrowed column must stay as the user made it
            if (now.doubleValue() > was.doubleValue() && table.getWidth() > widthGivenOut + 0.5) {
                // after the policy's own pass, which is under way
                Platform.runLater(this::giveRoomBack);
            }
        });
    }

    private void giveRoomBack() {
        widthGivenOut = table.getWidth();
        var columns = table.getColumns();
        for (var column : columns.subList(0, columns.size() - 1)) {
            double squeezed = column.getPrefWidth() - column.getWidth();
            if (squeezed > 0.5) {
                table.resizeColumn(column, squeezed);
            }
        }
    }
}
