package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The groups as last loaded, what the table shows of them, and how many there are of each kind. */
final class GroupList {

    private final ObservableList<GroupRow> rows = FXCollections.observableArrayList();
    private final FilteredList<GroupRow> shownRows = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Visibility> visibility =
            new SimpleObjectProperty<>(this, "visibility", Visibility.VISIBLE);
    private final ReadOnlyIntegerWrapper visibleCount = new ReadOnlyIntegerWrapper(this, "visibleCount");
    private final ReadOnlyIntegerWrapper hiddenCount = new ReadOnlyIntegerWrapper(this, "hiddenCount");

    GroupList() {
        shownRows.predicateProperty().bind(Bindings.createObjectBinding(this::shownPredicate, visibility, filter));
        rows.addListener((Observable changed) -> recount());
    }

    ObservableList<GroupRow> rows() {
        return rows;
    }

    ObservableList<GroupRow> shownRows() {
        return shownRows;
    }

    StringProperty filterProperty() {
        return filter;
    }

    ObjectProperty<Visibility> visibilityProperty() {
        return visibility;
    }

    ReadOnlyIntegerProperty visibleCountProperty() {
        return visibleCount.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty hiddenCountProperty() {
        return hiddenCount.getReadOnlyProperty();
    }

    /**
     * Takes the server's latest list, keeping the row objects of groups that are still there (so the
     * selection stays put), in one change however many thousand groups there are.
     */
    void replaceWith(List<PrivateGroup> groups) {
        Map<String, GroupRow> known = rows.stream().collect(Collectors.toMap(GroupRow::id, row -> row));
        boolean moved = false;
        var next = new ArrayList<GroupRow>(groups.size());
        for (var group : groups) {
            var row = known.get(group.id());
            if (row == null) {
                row = new GroupRow(group);
            } else {
                // a group that was closed or reopened changes sides: filter and counts must see it
                moved |= row.isHidden() != group.hidden();
                row.update(group);
            }
            next.add(row);
        }
        if (moved || !next.equals(rows)) {
            rows.setAll(next);
        }
    }

    Optional<GroupRow> rowWithId(String roomId) {
        return rows.stream().filter(row -> row.id().equals(roomId)).findFirst();
    }

    boolean filtering() {
        return !filter.get().isBlank();
    }

    /** How many groups match the filter but are on the other side of the switch (hidden ones while Visible shows). */
    int matchesNotShown() {
        var shown = visibility.get();
        var matching = filterPredicate();
        return (int) rows.stream().filter(row -> !shown.shows(row) && matching.test(row)).count();
    }

    private Predicate<GroupRow> shownPredicate() {
        var shown = visibility.get();
        return filterPredicate().and(shown::shows);
    }

    private Predicate<GroupRow> filterPredicate() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        return row -> needle.isEmpty() || matches(row.group(), needle);
    }

    private static boolean matches(PrivateGroup group, String needle) {
        return group.displayName().toLowerCase(Locale.ROOT).contains(needle)
                || group.name().toLowerCase(Locale.ROOT).contains(needle)
                || group.topic().toLowerCase(Locale.ROOT).contains(needle);
    }

    private void recount() {
        int hidden = (int) rows.stream().filter(GroupRow::isHidden).count();
        hiddenCount.set(hidden);
        visibleCount.set(rows.size() - hidden);
    }
}
