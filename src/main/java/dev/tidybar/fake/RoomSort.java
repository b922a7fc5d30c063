package dev.tidybar.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code sort} query parameter of groups.list: a JSON object whose values are 1 or -1, applied
 * the way MongoDB does (missing values first when ascending, strings compared by code unit).
 */
final class RoomSort {

    static final RoomSort BY_NAME = new RoomSort("{\"name\":1}", Comparator.comparing(FakeRoom::name));

    private static final Map<String, Function<FakeRoom, Comparable<?>>> FIELDS = Map.ofEntries(
            Map.entry("_id", FakeRoom::id),
            Map.entry("name", FakeRoom::name),
            Map.entry("fname", FakeRoom::fname),
            Map.entry("t", FakeRoom::type),
            Map.entry("topic", FakeRoom::topic),
            Map.entry("ts", FakeRoom::ts),
            Map.entry("lm", FakeRoom::lm),
            Map.entry("_updatedAt", FakeRoom::updatedAt),
            Map.entry("msgs", FakeRoom::msgs),
            Map.entry("usersCount", FakeRoom::usersCount),
            Map.entry("ro", FakeRoom::readOnly),
            Map.entry("archived", room -> room.archived() ? Boolean.TRUE : null),
            Map.entry("prid", FakeRoom::parentId));

    private final String key;
    private final Comparator<FakeRoom> order;

    private RoomSort(String key, Comparator<FakeRoom> order) {
        this.key = key;
        this.order = order;
    }

    /** Parses the raw parameter; null when it is not an object of ±1 values (error-invalid-sort). */
    static RoomSort parse(String raw) {
        ObjectNode spec = Json.parseObjectOrNull(raw);
        if (spec == null) {
            return null;
        }
        Comparator<FakeRoom> order = (a, b) -> 0;
        for (Map.Entry<String, JsonNode> field : spec.properties()) {
            JsonNode direction = field.getValue();
            if (!direction.isIntegralNumber() || Math.abs(direction.asInt()) != 1) {
                return null;
            }
            Comparator<FakeRoom> one = Comparator.comparing(extractor(field.getKey()), RoomSort::compareValues);
            order = order.thenComparing(direction.asInt() > 0 ? one : one.reversed());
        }
        return new RoomSort(spec.toString(), order);
    }

    private static Function<FakeRoom, Comparable<?>> extractor(String field) {
        return FIELDS.getOrDefault(field, room -> null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Comparable<?> a, Comparable<?> b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Instant || a instanceof String || a instanceof Integer || a instanceof Boolean) {
            return ((Comparable) a).compareTo(b);
        }
        return 0;
    }

    /** A stable key for caching sorted lists. */
    String key() {
        return key;
    }

    Comparator<FakeRoom> order() {
        return order;
    }
}
