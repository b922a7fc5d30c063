package dev.tidybar.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** chat.sendMessage: a message from the caller, with the same side effects as any other post. */
final class ChatRoutes {

    private final FakeState state;
    private final GroupLookup lookup;

    private ChatRoutes(FakeState state) {
        this.state = state;
        this.lookup = new GroupLookup(state);
    }

    static void register(Routes routes, FakeState state) {
        ChatRoutes chat = new ChatRoutes(state);
        routes.add("POST", "chat.sendMessage", chat::sendMessage);
    }

    private ApiResponse sendMessage(ApiRequest request) {
        JsonNode message = request.body().get("message");
        if (message == null || !message.isObject()) {
            return ApiResponse.invalidParams("must have required property 'message'");
        }
        String roomId = Json.text(message, "rid");
        if (roomId == null || roomId.isEmpty()) {
            return ApiResponse.failure("The 'rid' property on the message object is missing.");
        }
        FakeRoom room = state.roomById(roomId);
        FakeUser sender = request.caller();
        if (room == null) {
            return ApiResponse.failure("error-invalid-room");
        }
        // canAccessRoom: anyone with view-c-room may post in a public channel, joined or not.
        boolean allowed = room.type().equals("c") ? state.grants().allows(sender, "view-c-room")
                : lookup.canAccess(room, sender);
        if (!allowed) {
            return ApiResponse.failure("error-not-allowed");
        }
        FakeSubscription sub = state.subscription(sender.id(), room.id());
        if (room.readOnly() && !state.grants().allowsIn(sender, "post-readonly", sub)) {
            return ApiResponse.failure("You can't send messages because the room is readonly.");
        }
        if (plainTextRefused(room, (ObjectNode) message)) {
            return ApiResponse.thrown("error-not-allowed",
                    "Not allowed to send un-encrypted messages in an encrypted room",
                    Json.object().put("method", "sendMessage"));
        }
        ObjectNode body = Json.object();
        body.set("message", Messages.post(state, sender, room, Json.text(message, "msg"), (ObjectNode) message)
                .toJson());
        return ApiResponse.success(body);
    }

    /** An encrypted room takes only {@code t:'e2e'} messages while E2E is on and plain text is not allowed. */
    private boolean plainTextRefused(FakeRoom room, ObjectNode message) {
        FakeSettings settings = state.settings();
        return room.encrypted() && settings.isOn(FakeSettings.E2E) && !settings.isOn(FakeSettings.E2E_ALLOW_UNENCRYPTED)
                && !"e2e".equals(Json.text(message, "t"));
    }
}
