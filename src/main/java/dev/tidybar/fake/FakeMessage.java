package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** A message as a room's {@code lastMessage} and as chat.sendMessage's answer. */
record FakeMessage(String id, String roomId, String text, Instant ts, FakeUser sender, List<FakeUser> mentions) {

    ObjectNode toJson() {
        ObjectNode json = Json.object().put("_id", id).put("rid", roomId).put("msg", text).put("ts", Json.date(ts));
        json.set("u", FakeRoom.userRef(sender));
        json.put("_updatedAt", Json.date(ts));
        json.set("urls", Json.array());
        ArrayNode mentioned = json.putArray("mentions");
        mentions.forEach(user -> mentioned.add(FakeRoom.userRef(user)));
        json.set("channels", Json.array());
        ObjectNode paragraph = json.putArray("md").addObject().put("type", "PARAGRAPH");
        paragraph.putArray("value").addObject().put("type", "PLAIN_TEXT").put("value", text);
        return json;
    }
}
