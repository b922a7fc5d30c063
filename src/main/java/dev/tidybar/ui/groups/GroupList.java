package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.api.RoomDetails;
import dev.tidybar.api.SubscriptionUpdate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The groups as the server last described them, what the table shows of them, and how many there
 * are of each kind. Every change to the rows goes through here, so the counts are redone once per change.
 */
final class GroupList {

    /** The table's first order, by display name. */
    static final Comparator<PrivateGroup> BY_NAME =
            Comparator.comparing(PrivateGroup::displayName, String.CASE_INSENSITIVE_ORDER);

    /** Rows that change are told of once per change, so the filter and the sort follow them. */
    private final RowList rows = new RowList();
    private final Map<String, GroupRow> byId = new HashMap<>();
    private final Map<String, GroupRow> bySubscription = new HashMap<>();
    private final FilteredList<GroupRow> shownRows = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Visibility> visibility =
            new SimpleObjectProperty<>(this, "visibility", Visibility.VISIBLE);
    private final ReadOnlyIntegerWrapper visibleCount = new ReadOnlyIntegerWrapper(this, "visibleCount");
    private final ReadOnlyIntegerWrapper hiddenCount = new ReadOnlyIntegerWrapper(this, "hiddenCount");

    GroupList() {
        shownRows.predicateProperty().bind(Bindings.createObjectBinding(this::shownPredicate, visibility, filter));
    }

    /**
     * A full answer with its groups in {@link #BY_NAME} order, to be applied in that order: the table's
     * sorted list then finds them sorted already, and taking in 10,000 groups costs the FX thread one
     * pass over them instead of a full sort. Call it on a worker thread.
     */
    static SubscriptionUpdate inNameOrder(SubscriptionUpdate full) {
        var groups = new ArrayList<>(full.groups());
        groups.sort(BY_NAME);
        return new SubscriptionUpdate(true, groups, full.removedSubscriptions(), full.newest());
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

    int size() {
        return rows.size();
    }

    /**
     * Takes what {@code subscriptions.get} said: a full answer replaces the list, a delta changes,
     * adds and removes rows. Row objects of groups still there are kept (so the selection stays put),
     * and so are the room columns already read, which the subscriptions do not carry.
     *
     * @return the ids of the groups a delta added; none for a full answer
     */
    List<String> apply(SubscriptionUpdate update) {
        var added = new ArrayList<GroupRow>();
        if (update.full()) {
            replaceWith(update.groups());
        } else {
            // removals first: a user removed and added again has a new subscription for the same room
            var gone = update.removedSubscriptions().stream().map(bySubscription::remove).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            gone.forEach(row -> byId.remove(row.id()));
            var changed = new ArrayList<GroupRow>();
            for (var group : update.groups()) {
                var row = byId.get(group.id());
                if (row == null) {
                    added.add(index(new GroupRow(group)));
                    continue;
                }
                bySubscription.remove(row.group().subscriptionId());
                row.update(keepingDetails(group, row));
                changed.add(index(row));
            }
            rows.removeAll(gone);
            rows.addAll(added);
            rows.changed(changed);
        }
        recount();
        return added.stream().map(GroupRow::id).toList();
    }

    /** Fills in the room columns of the groups on one page of {@code groups.list}. */
    void fillIn(List<RoomDetails> rooms) {
        var changed = new ArrayList<GroupRow>(rooms.size());
        for (var details : rooms) {
            var row = byId.get(details.roomId());
            if (row != null) {
                row.update(row.group().withDetails(details));
                changed.add(row);
            }
        }
        rows.changed(changed);
    }

    /** The server answered a close or reopen: the group is now hidden, or shown. */
    void markHidden(String roomId, boolean hidden) {
        markHidden(Map.of(roomId, hidden));
    }

    /** Several answers at once, as one change of the list: the filter and the sort follow them once. */
    void markHidden(Map<String, Boolean> hiddenByRoom) {
        var changed = new ArrayList<GroupRow>(hiddenByRoom.size());
        hiddenByRoom.forEach((roomId, hidden) -> rowWithId(roomId).ifPresent(row -> {
            row.update(row.group().withHidden(hidden));
            changed.add(row);
        }));
        rows.changed(changed);
        recount();
    }

    /** The server says the group is not there for this user any more. */
    void remove(String roomId) {
        var row = byId.remove(roomId);
        if (row != null) {
            bySubscription.remove(row.group().subscriptionId());
            rows.remove(row);
            recount();
        }
    }

    Optional<GroupRow> rowWithId(String roomId) {
        return Optional.ofNullable(byId.get(roomId));
    }

    private void replaceWith(List<PrivateGroup> groups) {
        var known = new HashMap<>(byId);
        byId.clear();
        bySubscription.clear();
        var next = new ArrayList<GroupRow>(groups.size());
        var changed = new ArrayList<GroupRow>();
        for (var group : groups) {
            var row = known.get(group.id());
            if (row == null) {
                row = new GroupRow(group);
            } else {
                row.update(keepingDetails(group, row));
                changed.add(row);
            }
            next.add(index(row));
        }
        if (next.equals(rows)) {
            rows.changed(changed);
        } else {
            rows.setAll(next);
        }
    }

    private GroupRow index(GroupRow row) {
        byId.put(row.id(), row);
        bySubscription.put(row.group().subscriptionId(), row);
        return row;
    }

    private static PrivateGroup keepingDetails(PrivateGroup latest, GroupRow row) {
        return latest.hasDetails() || !row.group().hasDetails() ? latest : latest.withDetails(row.group().details());
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
