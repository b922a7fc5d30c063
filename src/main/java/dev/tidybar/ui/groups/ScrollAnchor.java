package dev.tidybar.ui.groups;

import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the rows in view where they are while rows above them leave the table or join it. The table keeps
 * its scroll offset when its rows change, so each close of a batch that takes a row above the view out of
 * "Visible" slid everything the user was reading up by a row; a batch moved it by a screenful a minute.
 *
 * <p>On a change of the table's rows it counts the rows that went or came above the first one shown, and
 * once the table has laid out the change, it scrolls by as many rows the other way, before the frame is drawn.
 */
final class ScrollAnchor {

    private final TableView<GroupRow> table;
    /** Rows that came above the view less rows that went, since the last layout. */
    private int rowsAbove;

    /** Follows the table's rows: call once they are set (they are set once). */
    ScrollAnchor(TableView<GroupRow> table) {
        this.table = table;
        table.getItems().addListener(this::countAbove);
    }

    /** Call at the end of the table's own layout: the flow holds the change by then. */
    void afterLayout() {
        var flow = flow();
        if (rowsAbove != 0 && flow != null) {
            flow.scrollPixels(rowsAbove * rowHeight(flow));
        }
        rowsAbove = 0;
    }

    private void countAbove(ListChangeListener.Change<? extends GroupRow> change) {
        var flow = flow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        if (first == null || first.getIndex() <= 0) {
            // at the top, the top rows are the ones to see, whatever came
            return;
        }
        // the flow has not seen the change yet: its first cell is still at its index in the rows before it
        int top = first.getIndex();
        while (change.next()) {
            if (change.wasPermutated() || change.wasUpdated()) {
                continue;
            }
            if (change.wasRemoved() && change.getFrom() < top) {
                int gone = Math.min(change.getRemovedSize(), top - change.getFrom());
                top -= gone;
                rowsAbove -= gone;
            }
            if (change.wasAdded() && change.getFrom() < top) {
                top += change.getAddedSize();
                rowsAbove += change.getAddedSize();
            }
        }
    }

    private VirtualFlow<?> flow() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    private double rowHeight(VirtualFlow<?> flow) {
        double fixed = table.getFixedCellSize();
        if (fixed > 0) {
            return fixed;
        }
        var first = flow.getFirstVisibleCell();
        return first == null ? 0 : first.getHeight();
    }
}
