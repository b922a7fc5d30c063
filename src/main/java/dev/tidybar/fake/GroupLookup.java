package dev.tidybar.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code getRoomFromParams} and {@code findPrivateGroupByIdOrName} of groups.ts (§5.1). Call inside the state lock. */
final class GroupLookup {

    private final FakeState state;

    GroupLookup(FakeState state) {
        this.state = state;
    }

    /** The private group named by {@code roomId} (checked first) or {@code roomName} that the caller can access. */
    FakeRoom accessibleGroup(ObjectNode params, FakeUser caller) {
        FakeRoom room = groupFromParams(params);
        if (!canAccess(room, caller)) {
            throw notFound();
        }
        return room;
    }

    private FakeRoom groupFromParams(ObjectNode params) {
        boolean hasId = params.has("roomId");
        boolean hasName = params.has("roomName");
        if (!hasId && !hasName || hasId && isEmpty(params.get("roomId")) && hasName && isEmpty(params.get("roomName"))) {
            throw new RouteFailure(ApiResponse.thrown("error-room-param-not-provided",
                    "The parameter \"roomId\" or \"roomName\" is required", null));
        }
        FakeRoom room = hasId ? state.roomById(textOrEmpty(params, "roomId"))
                : state.roomByName(textOrEmpty(params, "roomName"));
        if (room == null || !room.type().equals("p")) {
            throw notFound();
        }
        return room;
    }

    /** A member, or a member of the parent of a discussion; admin rights alone do not count. */
    boolean canAccess(FakeRoom room, FakeUser user) {
        if (state.subscription(user.id(), room.id()) != null) {
            return true;
        }
        return room.parentId() != null && state.subscription(user.id(), room.parentId()) != null;
    }

    private static RouteFailure notFound() {
        return new RouteFailure(ApiResponse.thrown("error-room-not-found",
                "The required \"roomId\" or \"roomName\" param provided does not match any group", null));
    }

    private static boolean isEmpty(JsonNode value) {
        if (value == null || value.isNull()) {
            return true;
        }
        if (value.isBoolean()) {
            return !value.asBoolean();
        }
        if (value.isNumber()) {
            return value.asDouble() == 0;
        }
        return value.isTextual() && value.asText().isEmpty();
    }

    private static String textOrEmpty(ObjectNode params, String field) {
        String text = Json.text(params, field);
        return text == null ? "" : text;
    }
}
