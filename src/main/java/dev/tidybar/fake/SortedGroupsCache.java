package dev.tidybar.fake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sorted group lists kept between requests, so paging through 10,000 groups sorts once rather
 * than once per page. Any change to rooms or memberships drops them all. Guarded by the state lock.
 */
final class SortedGroupsCache {

    private static final int MAX_LISTS = 64;

    private final Map<String, List<FakeRoom>> lists = new HashMap<>();

    List<FakeRoom> get(String key, Supplier<List<FakeRoom>> build) {
        List<FakeRoom> cached = lists.get(key);
        if (cached == null) {
            if (lists.size() >= MAX_LISTS) {
                lists.clear();
            }
            cached = List.copyOf(build.get());
            lists.put(key, cached);
        }
        return cached;
    }

    void invalidate() {
        lists.clear();
    }
}
