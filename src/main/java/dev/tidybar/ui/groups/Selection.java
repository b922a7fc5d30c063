package dev.tidybar.ui.groups;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;

/**
 * The groups the user ticked, keyed by room id: rows keep their objects across refreshes, so the
 * ticks survive sorting, filtering and refresh; a group that leaves the list leaves the selection.
 */
final class Selection {

    private final GroupList list;
    private final Set<String> ids = new HashSet<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    /** Bumped on every change, so bindings on "how many of the shown rows are ticked" are redone. */
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");

    Selection(GroupList list) {
        this.list = list;
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

    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    void set(Collection<GroupRow> rows, boolean ticked) {
        for (var row : rows) {
            if (ticked ? ids.add(row.id()) : ids.remove(row.id())) {
                row.setSelected(ticked);
            }
        }
        changed();
    }

    /** Ticks exactly {@code rows}. */
    void replaceWith(Collection<GroupRow> rows) {
        clear();
        set(rows, true);
    }

    void clear() {
        set(selectedRows(), false);
    }

    /** The ticked rows by name, as the table lists them first: the order a batch of them goes in. */
    List<GroupRow> selectedRows() {
        return ids.stream().map(list::rowWithId).flatMap(Optional::stream)
                .sorted(Comparator.comparing(GroupRow::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private void changed() {
        count.set(ids.size());
        changes.set(changes.get() + 1);
    }
}
