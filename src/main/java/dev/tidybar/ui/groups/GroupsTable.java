package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.UiText;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/**
 * The groups table: one row per group, with its tick and its Close or Reopen button, sortable by
 * every column but the ticks.
 */
final class GroupsTable extends TableView<GroupRow> {

    /** A cell whose value has not been read from the server yet. */
    static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");

    private final TickColumn ticks;
    private final SqueezedColumns squeezedColumns;
    private final ScrollAnchor scrollAnchor;

    GroupsTable(GroupsViewModel viewModel, UiText text) {
        setId("groupsTable");
        getStyleClass().add("groups-table");
        setAccessibleText(text.get("groups.table.accessible"));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        // one for every cell still waiting for its room's columns: each tooltip is a window with a scene of its own
        var pending = new Tooltip(text.get("groups.cell.pending.tooltip"));
        var byName = GroupList.BY_NAME;
        var name = groupColumn(text.get("groups.column.name"), "nameColumn", byName, column -> new NameCell(text));
        var topic = groupColumn(text.get("groups.column.topic"), "topicColumn",
                Comparator.comparing(PrivateGroup::topic, String.CASE_INSENSITIVE_ORDER),
                column -> textCell(PrivateGroup::topic, "topic-cell", true, text, pending));
        var members = groupColumn(text.get("groups.column.members"), "membersColumn",
                Comparator.comparingInt(PrivateGroup::memberCount),
                column -> textCell(group -> Integer.toString(group.memberCount()), "number-cell", false, text,
                        pending));
        var lastActivity = groupColumn(text.get("groups.column.lastActivity"), "lastActivityColumn",
                Comparator.comparing(PrivateGroup::lastActivity,
                        Comparator.nullsFirst(Comparator.<Instant>naturalOrder())),
                column -> new LastActivityCell(text, viewModel.relativeTime(), pending));
        var unread = groupColumn(text.get("groups.column.unread"), "unreadColumn",
                Comparator.comparingInt(PrivateGroup::unread).thenComparingInt(PrivateGroup::mentions),
                column -> new UnreadCell(text));
        var action = new TableColumn<GroupRow, GroupRow>(text.get("groups.column.action"));
        action.setId("actionColumn");
        action.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        action.setComparator(Comparator.comparing(GroupRow::isHidden));
        action.setCellFactory(column -> new RowActionCell(viewModel, text, this::showRowWhole));

        // each column's own width, and the least it reads at with its sort arrow ("11 months ago", "Members ▲")
        widths(name, 260, 80);
        widths(topic, 220, 140);
        widths(members, 112, 112);
        widths(lastActivity, 132, 128);
        widths(unread, 96, 96);
        // the last column must fit "Reopening…" and "Waiting…" at the smallest window size
        widths(action, 136, 136);
        ticks = new TickColumn(viewModel, text);
        getColumns().setAll(List.of(ticks, name, topic, members, lastActivity, unread, action));
        // in a narrower table Topic, then Members give way; in a wider one Name and Topic take the room
        squeezedColumns = new SqueezedColumns(this, List.of(topic, members), Set.of(name, topic));
        squeezedColumns.followTheTableWidth();
        setRowFactory(table -> tickingRow());
        getSortOrder().add(name);

        // rows that tie (same member count, no topic yet) go by name, A to Z, whichever way their column sorts, and
        // not in the order the pages came
        Comparator<GroupRow> byRowName = Comparator.comparing(GroupRow::group, byName);
        var rowOrder = Bindings.createObjectBinding(() -> getComparator() == null ? byRowName
                : getComparator().thenComparing(byRowName), comparatorProperty());
        var sorted = new SortedList<>(viewModel.shownRows());
        sorted.comparatorProperty().bind(rowOrder);
        viewModel.selection().orderProperty().bind(rowOrder);
        // the sorted list sorts itself, following rowOrder; the default policy would see a comparator other than the
        // table's, call the sort failed and take the user's click on a header back
        setSortPolicy(table -> true);
        setItems(sorted);
        scrollAnchor = new ScrollAnchor(this);
        // after the rows have changed to the new filter or side (their listeners came first)
        viewModel.filterProperty().addListener((observable, was, now) -> scrollAnchor.toTheTop());
        viewModel.visibilityProperty().addListener((observable, was, now) -> scrollAnchor.toTheTop());
        setPlaceholder(placeholder(viewModel));
    }

    private static void widths(TableColumn<GroupRow, ?> column, double own, double least) {
        column.setPrefWidth(own);
        column.setMinWidth(least);
    }

    /** A column's width changed by hand (its header's border dragged), or as SqueezedColumns shares the room out. */
    @Override
    public boolean resizeColumn(TableColumn<GroupRow, ?> column, double delta) {
        boolean resized = super.resizeColumn(column, delta);
        if (resized && column != null) {
            squeezedColumns.resized(column);
        }
        return resized;
    }

    private void showRowWhole(int index) {
        scrollAnchor.showWhole(index);
    }

    /** Ticks or unticks {@code row}; with {@code range}, every row from the one toggled last. */
    void toggle(GroupRow row, boolean range) {
        ticks.toggle(row, range);
    }

    /** Scrolls to the first ticked row, so a ready-made selection shows what it picked. */
    void revealFirstTicked() {
        var items = getItems();
        for (var row : items) {
            if (row.isSelected()) {
                scrollAnchor.toTop(row);
                return;
            }
        }
    }

    /** Ctrl-click ticks or unticks a row, Shift-click a range of rows, as in a file manager. */
    private TableRow<GroupRow> tickingRow() {
        var row = new TableRow<GroupRow>();
        row.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            boolean range = event.isShiftDown();
            if (row.getItem() != null && (range || event.isShortcutDown()) && event.isPrimaryButtonDown()) {
                toggle(row.getItem(), range);
                event.consume();
            }
        });
        return row;
    }

    private static TableColumn<GroupRow, PrivateGroup> groupColumn(
            String title, String id, Comparator<PrivateGroup> order,
            Callback<TableColumn<GroupRow, PrivateGroup>, TableCell<GroupRow, PrivateGroup>> cells) {
        var column = new TableColumn<GroupRow, PrivateGroup>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> cell.getValue().groupProperty());
        column.setComparator(order);
        column.setCellFactory(cells);
        return column;
    }

    /**
     * A cell showing one part of the group; {@code withTooltip} for text a narrow column may cut short.
     * Until the group's page of {@code groups.list} has come, it shows a muted "…" that says so.
     */
    private static TableCell<GroupRow, PrivateGroup> textCell(Function<PrivateGroup, String> part, String style,
                                                              boolean withTooltip, UiText text,
                                                              Tooltip pending) {
        var cell = new TableCell<GroupRow, PrivateGroup>() {
            private final HoverTooltip tooltip = new HoverTooltip(this);

            @Override
            protected void updateItem(PrivateGroup group, boolean empty) {
                super.updateItem(group, empty);
                boolean waiting = !empty && group != null && !group.hasDetails();
                pseudoClassStateChanged(PENDING, waiting);
                if (waiting) {
                    setText(text.get("groups.cell.pending"));
                    tooltip.sayInstead(pending);
                    return;
                }
                String shown = empty || group == null ? null : part.apply(group);
                setText(shown);
                tooltip.say(withTooltip ? shown : null);
            }
        };
        cell.getStyleClass().add(style);
        return cell;
    }

    private static VBox placeholder(GroupsViewModel viewModel) {
        var spinner = new ProgressIndicator();
        spinner.visibleProperty().bind(viewModel.sync().loadingProperty());
        spinner.managedProperty().bind(viewModel.sync().loadingProperty());
        var message = new Label();
        message.setId("emptyMessage");
        message.getStyleClass().add("empty-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.emptyMessageProperty());
        var box = new VBox(spinner, message);
        box.getStyleClass().add("groups-placeholder");
        return box;
    }
}
