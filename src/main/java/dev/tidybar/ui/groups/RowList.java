package dev.tidybar.ui.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ModifiableObservableListBase;

/**
 * The table's rows, as a list that can tell of many changed rows in one change. A row that changes
 * (a page of columns came, a group was closed) must reach the filter and the sort; told row by row,
 * or as many separate spans, the table's sorted list sorts itself again for every one of them, and a
 * page of 100 rows among 10,000 froze the window for seconds. Told as one span, it sorts once a page.
 */
final class RowList extends ModifiableObservableListBase<GroupRow> {

    private final List<GroupRow> rows = new ArrayList<>();
    /**
     * Where each row is, made when a change needs it and kept until rows are added, set or removed: a fill
     * under the rate limit brings its pages one by one, and a map of 10,000 rows made for every page was
     * garbage by the megabyte.
     */
    private Map<GroupRow, Integer> indexOf;

    @Override
    public GroupRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /**
     * Tells the list's watchers, in one change, that these rows now describe their groups differently.
     * The change spans every row from the first changed one to the last: a sorted list sorts itself
     * once per span of changed rows, and a page's rows lie scattered through the table's order.
     */
    void changed(Collection<GroupRow> changedRows) {
        if (changedRows.isEmpty()) {
            return;
        }
        if (indexOf == null) {
            indexOf = new IdentityHashMap<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                indexOf.put(rows.get(i), i);
            }
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (GroupRow row : changedRows) {
            Integer index = indexOf.get(row);
            if (index != null) {
                first = Math.min(first, index);
                last = Math.max(last, index);
            }
        }
        if (last < 0) {
            return;
        }
        beginChange();
        try {
            for (int index = first; index <= last; index++) {
                nextUpdate(index);
            }
        } finally {
            endChange();
        }
    }

    @Override
    protected void doAdd(int index, GroupRow row) {
        indexOf = null;
        rows.add(index, row);
    }

    @Override
    protected GroupRow doSet(int index, GroupRow row) {
        indexOf = null;
        return rows.set(index, row);
    }

    @Override
    protected GroupRow doRemove(int index) {
        indexOf = null;
        return rows.remove(index);
    }
}
