package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.JobKind;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * The groups the user ticked, keyed by room id: rows keep their objects across refreshes, so the
 * ticks survive sorting, filtering and refresh; a group that leaves the list leaves the selection.
 * "Shown" rows are those the filter and the switch let the table show.
 */
public final class Selection {

    private final GroupList list;
    private final Clock clock;
    private final Set<String> ids = new HashSet<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    /** Bumped on every change, so bindings on "how many of the shown rows are ticked" are redone. */
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    private final ObjectProperty<Comparator<GroupRow>> order = new SimpleObjectProperty<>(this, "order");

    Selection(GroupList list, Clock clock) {
        this.list = list;
        this.clock = clock;
        list.rows().addListener((ListChangeListener<GroupRow>) change -> {
            boolean dropped = false;
            while (change.next()) {
                for (var row : change.getRemoved()) {
                    if (!list.rowWithId(row.id()).isPresent() && ids.remove(row.id())) {
                        row.setSelected(false);
                        dropped = true;
                    }
                }
            }
            if (dropped) {
                changed();
            }
        });
    }

    /** How many groups are ticked, shown or not. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Changes whenever the ticks change: what "how many of the shown rows are ticked" listens to. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /**
     * The table's order of rows, which a batch of ticked rows follows, so that it works down the table as the user
     * sees it; by name when it is empty.
     */
    public ObjectProperty<Comparator<GroupRow>> orderProperty() {
        return order;
    }

    /** Ticks or unticks {@code rows}. */
    public void set(Collection<GroupRow> rows, boolean ticked) {
        for (var row : rows) {
            if (ticked ? ids.add(row.id()) : ids.remove(row.id())) {
                row.setSelected(ticked);
            }
        }
        changed();
    }

    /** Ticks every shown row. */
    public void selectAllShown() {
        set(list.shownRows(), true);
    }

    public void clear() {
        set(selectedRows(), false);
    }

    /** How many shown rows {@code smart} would tick, {@code days} counting for {@link SmartSelection#INACTIVE}. */
    public int countShown(SmartSelection smart, int days) {
        var matching = smart.matching(clock.instant(), days);
        return (int) list.shownRows().stream().filter(matching).count();
    }

    /**
     * Adds the shown rows {@code smart} matches to the ticks, so sets combine (archived, then read-only)
     * and ticks made by hand stay; it never closes anything.
     */
    public void selectShown(SmartSelection smart, int days) {
        var matching = smart.matching(clock.instant(), days);
        set(list.shownRows().stream().filter(matching).toList(), true);
    }

    /** How many ticked groups the filter or the switch keeps out of the table now. */
    public int notShown() {
        // a set, not the list: with thousands ticked, a contains() per row froze the filter's every keystroke
        var shown = new HashSet<>(list.shownRows());
        return (int) selectedRows().stream().filter(row -> !shown.contains(row)).count();
    }

    /** How many ticked groups {@code kind} applies to: those in the sidebar for a close, hidden ones for a reopen. */
    public int countFor(JobKind kind) {
        return (int) selectedRows().stream().filter(row -> appliesTo(kind, row)).count();
    }

    /** The ticked rows {@code kind} applies to, in batch order. */
    List<GroupRow> rowsFor(JobKind kind) {
        return selectedRows().stream().filter(row -> appliesTo(kind, row)).toList();
    }

    private static boolean appliesTo(JobKind kind, GroupRow row) {
        return row.isHidden() == (kind == JobKind.REOPEN);
    }

    /** The ticked rows in the table's order: the order a batch goes in. */
    List<GroupRow> selectedRows() {
        Comparator<GroupRow> tableOrder = order.get();
        return ids.stream().map(list::rowWithId).flatMap(Optional::stream)
                .sorted(tableOrder != null ? tableOrder : Comparator.comparing(GroupRow::group, GroupList.BY_NAME))
                .toList();
    }

    private void changed() {
        count.set(ids.size());
        changes.set(changes.get() + 1);
    }
}
