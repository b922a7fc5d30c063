package dev.tidybar.ui.groups;

import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the row at the top of the table where it is while rows above it leave the table or join it, and while
 * the table grows or shrinks. The table keeps its scroll offset when its rows change, so each close of a batch
 * that took a row above the view out of "Visible" slid everything the user was reading up by a row (a batch moved
 * it by a screenful a minute), and a banner coming or going moved it too.
 *
 * <p>At the first such change since the last frame, it notes the row at the top and where it was, as the user
 * still sees them; once the scene is laid out, before the frame is drawn, it scrolls that row back to the same
 * place. A row at the top that went itself leaves the table where it is.
 */
final class ScrollAnchor {

    private final TableView<GroupRow> table;
    private final Runnable putBack = this::putBack;
    /** The row at the top when the change began; null while nothing changed since the last frame. */
    private GroupRow anchor;
    /** Where the anchor was then, from the top of the table's rows (0, or less when cut by the header). */
    private double anchorY;

    /** Follows the table's rows: call once they are set (they are set once). */
    ScrollAnchor(TableView<GroupRow> table) {
        this.table = table;
        // registered before the table's skin exists, so it hears of a change before the skin does
        table.getItems().addListener((ListChangeListener<GroupRow>) change -> holdTheTopRow());
        table.heightProperty().addListener((observable, was, now) -> holdTheTopRow());
        table.sceneProperty().addListener((observable, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(putBack);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(putBack);
            }
        });
    }

    /**
     * Scrolls {@code row} to the top and keeps it there through the layout under way: the selection bar that comes
     * with a ready-made selection makes the table shorter, and the table would slide the row under its header.
     */
    void toTop(GroupRow row) {
        table.scrollTo(row);
        anchor = row;
        anchorY = 0;
    }

    /** Scrolls as little as it takes to show the row at {@code index} whole. */
    void showWhole(int index) {
        var flow = flow();
        if (flow != null) {
            flow.scrollTo(index);
        }
    }

    /** Shows the rows from their top, holding nothing: another filter or side of the switch is another list. */
    void toTheTop() {
        anchor = null;
        table.scrollTo(0);
    }

    private void holdTheTopRow() {
        if (anchor != null) {
            return;
        }
        var flow = flow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        // at the very top, the top rows are the ones to see, whatever came
        if (first != null && first.getIndex() > 0 && first.getItem() instanceof GroupRow row) {
            anchor = row;
            anchorY = first.getLayoutY();
        }
    }

    /** After every layout of the scene: at once when nothing is held. */
    private void putBack() {
        var row = anchor;
        if (row == null) {
            return;
        }
        anchor = null;
        var flow = flow();
        if (flow == null) {
            return;
        }
        int index = table.getItems().indexOf(row);
        var first = flow.getFirstVisibleCell();
        if (index < 0 || first == null) {
            return;
        }
        var cell = flow.getVisibleCell(index);
        double now = cell != null ? cell.getLayoutY()
                : first.getLayoutY() + (index - first.getIndex()) * first.getHeight();
        if (now != anchorY) {
            flow.scrollPixels(now - anchorY);
        }
    }

    private VirtualFlow<?> flow() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }
}
