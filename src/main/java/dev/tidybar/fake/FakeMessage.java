package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A message as a room's {@code lastMessage} and as chat.sendMessage's answer.
 *
 * @param text         the {@code msg} text; null when the sender gave none
 * @param clientFields other fields the sender put in the message (kept, as Rocket.Chat stores them)
 */
record FakeMessage(String id, String roomId, String text, Instant ts, FakeUser sender, List<FakeUser> mentions,
                   ObjectNode clientFields) {

    /** Fields the server sets itself, whatever the client sent. */
    private static final Set<String> SERVER_FIELDS = Set.of("_id", "rid", "msg", "ts", "u", "_updatedAt", "urls",
            "mentions", "channels", "md");

    FakeMessage(String id, String roomId, String text, Instant ts, FakeUser sender, List<FakeUser> mentions) {
        this(id, roomId, text, ts, sender, mentions, Json.object());
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object().put("_id", id).put("rid", roomId);
        if (text != null) {
            json.put("msg", text);
        }
        clientFields.properties().forEach(field -> {
            if (!SERVER_FIELDS.contains(field.getKey())) {
                json.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        json.put("ts", Json.date(ts));
        json.set("u", FakeRoom.userRef(sender));
        json.put("_updatedAt", Json.date(ts));
        json.set("urls", Json.array());
        ArrayNode mentioned = json.putArray("mentions");
        mentions.forEach(user -> mentioned.add(FakeRoom.userRef(user)));
        json.set("channels", Json.array());
        if (text != null) {
            ObjectNode paragraph = json.putArray("md").addObject().put("type", "PARAGRAPH");
            paragraph.putArray("value").addObject().put("type", "PLAIN_TEXT").put("value", text);
        }
        return json;
    }
}
