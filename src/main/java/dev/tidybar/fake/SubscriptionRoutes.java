package dev.tidybar.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** subscriptions.get, subscriptions.getOne and subscriptions.read (§6), validated like the legacy routes. */
final class SubscriptionRoutes {

    private final FakeState state;

    private SubscriptionRoutes(FakeState state) {
        this.state = state;
    }

    static void register(Routes routes, FakeState state) {
        SubscriptionRoutes subscriptions = new SubscriptionRoutes(state);
        routes.add("GET", "subscriptions.get", subscriptions::get)
                .add("GET", "subscriptions.getOne", subscriptions::getOne)
                .add("POST", "subscriptions.read", subscriptions::read);
    }

    private ApiResponse get(ApiRequest request) {
        Map<String, String> query = request.query();
        if (!Set.of("updatedSince").containsAll(query.keySet())) {
            return ApiResponse.invalidParams("must NOT have additional properties");
        }
        String updatedSince = query.get("updatedSince");
        Instant since = null;
        if (updatedSince != null && !updatedSince.isEmpty()) {
            since = JsDates.parse(updatedSince);
            if (since == null) {
                return ApiResponse.thrown("error-roomId-param-invalid",
                        "The \"lastUpdate\" query parameter must be a valid date.", null);
            }
        }
        String userId = request.caller().id();
        ObjectNode body = Json.object();
        ArrayNode update = body.putArray("update");
        for (FakeSubscription sub : state.subscriptionsOf(userId)) {
            if (since == null || sub.updatedAt().isAfter(since)) {
                update.add(sub.toJson());
            }
        }
        ArrayNode remove = body.putArray("remove");
        if (since != null) {
            state.removedSince(userId, since).forEach(removed -> remove.addObject().put("_id", removed.id())
                    .put("_deletedAt", Json.date(removed.deletedAt())));
        }
        return ApiResponse.success(body);
    }

    private ApiResponse getOne(ApiRequest request) {
        Map<String, String> query = request.query();
        if (!query.containsKey("roomId")) {
            return ApiResponse.invalidParams("must have required property 'roomId'");
        }
        if (!Set.of("roomId").containsAll(query.keySet())) {
            return ApiResponse.invalidParams("must NOT have additional properties");
        }
        FakeSubscription sub = state.subscription(request.caller().id(), query.get("roomId"));
        ObjectNode body = Json.object();
        if (sub == null) {
            body.putNull("subscription");
        } else {
            body.set("subscription", sub.toJson());
        }
        return ApiResponse.success(body);
    }

    /** Marks the room read: open again, counters zeroed. Body {@code {rid}} or {@code {roomId}}, not both. */
    private ApiResponse read(ApiRequest request) {
        ObjectNode body = request.body();
        boolean hasRid = body.has("rid");
        boolean hasRoomId = body.has("roomId");
        boolean onlyKnown = Set.of("rid", "roomId", "readThreads").containsAll(fieldNames(body));
        if (hasRid == hasRoomId || !onlyKnown) {
            // Ajv reports each anyOf branch's failure, then the anyOf itself, joined by "\n ".
            boolean extraField = hasRid || hasRoomId;
            String ridBranch = extraField ? "must NOT have additional properties" : "must have required property 'rid'";
            String roomIdBranch = extraField ? "must NOT have additional properties"
                    : "must have required property 'roomId'";
            return ApiResponse.invalidParams(ridBranch + "\n " + roomIdBranch + "\n must match a schema in anyOf");
        }
        JsonNode id = hasRid ? body.get("rid") : body.get("roomId");
        FakeSubscription sub = id.isValueNode() ? state.subscription(request.caller().id(), id.asText()) : null;
        if (sub == null) {
            return ApiResponse.failure("error-invalid-subscription");
        }
        sub.markRead(state.now(), body.path("readThreads").asBoolean(false));
        return ApiResponse.success();
    }

    private static Set<String> fieldNames(ObjectNode body) {
        Set<String> names = new java.util.HashSet<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
