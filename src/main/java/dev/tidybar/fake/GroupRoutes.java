package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** groups.list, groups.listAll, groups.close, groups.open, groups.info and groups.counters (§4, §5). */
final class GroupRoutes {

    private final FakeState state;
    private final GroupLookup lookup;

    private GroupRoutes(FakeState state) {
        this.state = state;
        this.lookup = new GroupLookup(state);
    }

    static void register(Routes routes, FakeState state) {
        GroupRoutes groups = new GroupRoutes(state);
        routes.add("GET", "groups.list", groups::list)
                .addWithPermission("GET", "groups.listAll", "view-room-administration", groups::listAll)
                .add("POST", "groups.close", groups::close)
                .add("POST", "groups.open", groups::open)
                .add("GET", "groups.info", groups::info)
                .add("GET", "groups.counters", groups::counters);
    }

    private ApiResponse list(ApiRequest request) {
        return page(request.query(), state.privateGroupsOf(request.caller().id(), sort(request.query())));
    }

    private ApiResponse listAll(ApiRequest request) {
        return page(request.query(), state.allPrivateGroups(sort(request.query())));
    }

    /** {@code getPaginationItems}: count 50 by default, at most 100, 0 meaning all; offset 0 by default. */
    private static ApiResponse page(Map<String, String> query, List<FakeRoom> sorted) {
        String rawOffset = query.get("offset");
        int offset = rawOffset == null || rawOffset.isEmpty() ? 0 : Math.max(0, jsParseInt(rawOffset, 0));
        String rawCount = query.get("count");
        int count = rawCount == null ? 50 : Math.abs(jsParseInt(rawCount.isEmpty() ? "0" : rawCount, 50));
        count = Math.min(count, 100);
        int from = Math.min(offset, sorted.size());
        int to = count == 0 ? sorted.size() : Math.min(sorted.size(), from + count);
        ObjectNode body = Json.object();
        ArrayNode groups = body.putArray("groups");
        sorted.subList(from, to).forEach(room -> groups.add(room.toJson()));
        body.put("offset", offset).put("count", to - from).put("total", sorted.size());
        return ApiResponse.success(body);
    }

    /** JavaScript's {@code parseInt}: leading digits count, anything unparsable gives {@code otherwise}. */
    static int jsParseInt(String text, int otherwise) {
        String trimmed = text.strip();
        int end = trimmed.startsWith("-") || trimmed.startsWith("+") ? 1 : 0;
        int digitsStart = end;
        while (end < trimmed.length() && Character.isDigit(trimmed.charAt(end)) && end - digitsStart < 9) {
            end++;
        }
        return end == digitsStart ? otherwise : Integer.parseInt(trimmed.substring(0, end));
    }

    private static RoomSort sort(Map<String, String> query) {
        String raw = query.get("sort");
        if (raw == null || raw.isEmpty()) {
            return RoomSort.BY_NAME;
        }
        RoomSort sort = RoomSort.parse(raw);
        if (sort == null) {
            throw new RouteFailure(ApiResponse.thrown("error-invalid-sort",
                    "Invalid sort parameter provided: \"" + raw + "\"",
                    Json.object().put("helperMethod", "parseJsonQuery")));
        }
        return sort;
    }

    private ApiResponse close(ApiRequest request) {
        FakeRoom room = lookup.accessibleGroup(request.body(), request.caller());
        FakeSubscription sub = state.subscription(request.caller().id(), room.id());
        if (sub == null || !sub.open()) {
            return ApiResponse.failure("The private group, " + room.displayName() + ", is already closed to the sender");
        }
        sub.hide(state.now());
        return ApiResponse.success();
    }

    private ApiResponse open(ApiRequest request) {
        FakeRoom room = lookup.accessibleGroup(request.body(), request.caller());
        FakeSubscription sub = state.subscription(request.caller().id(), room.id());
        if (sub != null && sub.open()) {
            return ApiResponse.failure("The private group, " + room.displayName() + ", is already open for the sender");
        }
        if (sub != null) {
            sub.show(state.now());
        }
        return ApiResponse.success();
    }

    private ApiResponse info(ApiRequest request) {
        FakeRoom room = lookup.accessibleGroup(queryAsObject(request.query()), request.caller());
        ObjectNode body = Json.object();
        body.set("group", room.toJson());
        return ApiResponse.success(body);
    }

    /** groups.counters: a hidden subscription counts as not joined. */
    private ApiResponse counters(ApiRequest request) {
        Map<String, String> query = request.query();
        String roomId = query.get("roomId");
        if ((roomId == null || roomId.isEmpty()) && !query.containsKey("roomName")) {
            return ApiResponse.failure("Body param \"roomId\" or \"roomName\" is required");
        }
        FakeRoom room = roomId != null && !roomId.isEmpty() ? state.roomById(roomId)
                : state.roomByName(query.get("roomName"));
        if (room == null || !room.type().equals("p")) {
            return ApiResponse.failure("Group does not exists");
        }
        boolean admin = state.grants().allows(request.caller(), "view-room-administration");
        FakeSubscription sub = state.subscription(request.caller().id(), room.id());
        boolean joined = sub != null && sub.open();
        Instant latest = room.lm() != null ? room.lm() : room.updatedAt();
        boolean visible = admin || joined;
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode body = Json.object().put("joined", joined);
        body.set("members", visible ? nodes.numberNode(room.usersCount()) : nodes.nullNode());
        body.set("unreads", joined ? nodes.numberNode(sub.unread()) : nodes.nullNode());
        body.set("unreadsFrom", joined ? nodes.textNode(Json.date(sub.lastSeenOrCreated())) : nodes.nullNode());
        body.set("msgs", visible ? nodes.numberNode(room.msgs()) : nodes.nullNode());
        body.set("latest", visible ? nodes.textNode(Json.date(latest)) : nodes.nullNode());
        body.set("userMentions", joined ? nodes.numberNode(sub.userMentions()) : nodes.nullNode());
        return ApiResponse.success(body);
    }

    static ObjectNode queryAsObject(Map<String, String> query) {
        ObjectNode params = Json.object();
        query.forEach(params::put);
        return params;
    }
}
