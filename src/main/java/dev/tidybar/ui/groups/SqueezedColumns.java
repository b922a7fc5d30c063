package dev.tidybar.ui.groups;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The table's columns as the window narrows and widens. Left to itself, the table's policy (the last column flexes)
 * takes a narrower window's room from the columns at the end first, until numbers read "…" and badges are cut in
 * half, and gives a wider window's room to the last column alone, beside columns still cut short. Here instead:
 * <ul>
 * <li>each column's minimum width is the least it can be read at, and the columns a tidy-up needs least give way
 * in turn when the table cannot hold every column at its minimum, and come back when it can;</li>
 * <li>each column has its own width: the one the user gave it by hand, or the one it opens with. With room to
 * spare, the growing columns (those with long words) share it out; with too little, the columns the user did not
 * size by hand give way, in proportion to their own widths, down to their minimums; the last column keeps its
 * minimum.</li>
 * </ul>
 */
final class SqueezedColumns {

    /** Room kept for the vertical scroll bar before the table has one to measure. */
    private static final double SCROLL_BAR_ROOM = 12;
    /**
     * A column that may give way stays only while the growing columns that never do (Name) keep this share of their
     * own widths: else Topic, at its minimum, would read more of its words than Name of its own.
     */
    private static final double GROWING_SHARE_KEPT = 0.6;

    private final TableView<GroupRow> table;
    private final List<TableColumn<GroupRow, ?>> firstToGo;
    private final Set<TableColumn<GroupRow, ?>> growing;
    /** The widths the user gave columns by hand. */
    private final Map<TableColumn<GroupRow, ?>, Double> chosen = new HashMap<>();
    private boolean spreading;
    private boolean spreadAhead;

    /**
     * {@code firstToGo}: the columns that may give way to a narrow table, the first to go first; {@code growing}:
     * those that take the room a wide one has to spare.
     */
    SqueezedColumns(TableView<GroupRow> table, List<TableColumn<GroupRow, ?>> firstToGo,
                    Set<TableColumn<GroupRow, ?>> growing) {
        this.table = table;
        this.firstToGo = List.copyOf(firstToGo);
        this.growing = Set.copyOf(growing);
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

    /**
     * The room for the columns at the table's width: what its vertical scroll bar leaves. Not the sum of the columns'
     * widths, which lags while columns come back that the table has not laid out yet.
     */
    private double room() {
        var scrollBar = table.lookupAll(".scroll-bar").stream()
                .filter(node -> node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL)
                .findFirst();
        double scrollBarWidth = scrollBar.map(bar -> bar.isVisible() ? bar.getLayoutBounds().getWidth() : 0)
                .orElse(SCROLL_BAR_ROOM);
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scrollBarWidth;
    }

    private void giveWay() {
        double room = room();
        double needed = table.getColumns().stream().mapToDouble(this::neededWidth).sum();
        int goes = 0;
        while (goes < firstToGo.size() && needed > room) {
            needed -= neededWidth(firstToGo.get(goes));
            goes++;
        }
        for (int i = 0; i < firstToGo.size(); i++) {
            firstToGo.get(i).setVisible(i >= goes);
        }
    }

    /** What a column needs for the columns that may give way to stay. */
    private double neededWidth(TableColumn<GroupRow, ?> column) {
        return growing.contains(column) && !firstToGo.contains(column)
                ? Math.max(column.getMinWidth(), ownWidth(column) * GROWING_SHARE_KEPT) : column.getMinWidth();
    }

    private void spread() {
        spreadAhead = false;
        var columns = table.getVisibleLeafColumns();
        var last = columns.get(columns.size() - 1);
        var others = List.copyOf(columns.subList(0, columns.size() - 1));
        var widths = shares(others, room() - last.getMinWidth());
        spreading = true;
        try {
            // left to right: the policy gives each change to the last column
            for (var column : others) {
                double delta = widths.get(column) - column.getWidth();
                if (Math.abs(delta) > 0.5) {
                    table.resizeColumn(column, delta);
                }
            }
        } finally {
            spreading = false;
        }
    }

    /** The width of each of {@code columns} within {@code space}. */
    private Map<TableColumn<GroupRow, ?>, Double> shares(List<TableColumn<GroupRow, ?>> columns, double space) {
        var widths = new HashMap<TableColumn<GroupRow, ?>, Double>();
        columns.forEach(column -> widths.put(column, ownWidth(column)));
        double total = columns.stream().mapToDouble(this::ownWidth).sum();
        if (total <= space) {
            var growers = columns.stream().filter(column -> growing.contains(column) && !chosen.containsKey(column))
                    .toList();
            double grown = growers.stream().mapToDouble(this::ownWidth).sum();
            growers.forEach(column -> widths.put(column, ownWidth(column) * (1 + (space - total) / grown)));
            return widths;
        }
        var notChosen = columns.stream().filter(column -> !chosen.containsKey(column)).toList();
        double chosenTotal = columns.stream().filter(chosen::containsKey).mapToDouble(this::ownWidth).sum();
        if (!fit(notChosen, space - chosenTotal, widths)) {
            fit(columns, space, widths);
        }
        return widths;
    }

    /**
     * Puts into {@code widths} the widths of {@code columns} scaled into {@code space} in proportion to their own
     * widths, none below its minimum; false when their minimums alone take more than the space.
     */
    private boolean fit(List<TableColumn<GroupRow, ?>> columns, double space,
                        Map<TableColumn<GroupRow, ?>, Double> widths) {
        var atMinimum = new HashSet<TableColumn<GroupRow, ?>>();
        while (true) {
            double fixed = atMinimum.stream().mapToDouble(TableColumn::getMinWidth).sum();
            double flexible = columns.stream().filter(column -> !atMinimum.contains(column))
                    .mapToDouble(this::ownWidth).sum();
            double scale = flexible > 0 ? Math.min(1, (space - fixed) / flexible) : 1;
            var tooNarrow = columns.stream()
                    .filter(column -> !atMinimum.contains(column) && ownWidth(column) * scale < column.getMinWidth())
                    .toList();
            if (tooNarrow.isEmpty()) {
                columns.forEach(column -> widths.put(column,
                        atMinimum.contains(column) ? column.getMinWidth() : ownWidth(column) * scale));
                return fixed <= space;
            }
            atMinimum.addAll(tooNarrow);
        }
    }

    private double ownWidth(TableColumn<GroupRow, ?> column) {
        return chosen.getOrDefault(column, Math.max(column.getPrefWidth(), column.getMinWidth()));
    }
}
