package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A room document. Mutable fields are guarded by the {@link FakeState} lock. */
final class FakeRoom {

    private final String id;
    private final String type;
    private final String name;
    private final String fname;
    private final FakeUser owner;
    private final Instant ts;
    private String topic;
    private String description;
    private Instant updatedAt;
    private int msgs;
    private int usersCount;
    private boolean readOnly;
    private boolean archived;
    private boolean teamMain;
    private String teamId;
    private String parentId;
    private FakeMessage lastMessage;
    private ObjectNode extraData = Json.object();
    private ObjectNode customFields = Json.object();

    FakeRoom(String id, String type, String name, String fname, FakeUser owner, Instant ts) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.fname = fname;
        this.owner = owner;
        this.ts = ts;
        this.updatedAt = ts;
    }

    static ObjectNode userRef(FakeUser user) {
        return Json.object().put("_id", user.id()).put("username", user.username()).put("name", user.name());
    }

    FakeRoom describe(String newTopic, String newDescription) {
        topic = newTopic;
        description = newDescription;
        return this;
    }

    FakeRoom flags(boolean isReadOnly, boolean isArchived) {
        readOnly = isReadOnly;
        archived = isArchived;
        return this;
    }

    FakeRoom team(String ofTeam, boolean isMain) {
        teamId = ofTeam;
        teamMain = isMain;
        return this;
    }

    FakeRoom discussionOf(String parentRoomId) {
        parentId = parentRoomId;
        return this;
    }

    /** Other fields given at creation (groups.create's {@code extraData}), such as {@code encrypted}. */
    FakeRoom withExtraData(ObjectNode fields) {
        extraData = fields;
        return this;
    }

    /** The room's {@code customFields}; null leaves the key out, as groups.create does when none are given. */
    FakeRoom withCustomFields(ObjectNode fields) {
        customFields = fields;
        return this;
    }

    void setUsersCount(int count) {
        usersCount = count;
    }

    void setMsgs(int count) {
        msgs = count;
    }

    void messagePosted(FakeMessage message) {
        msgs++;
        lastMessage = message;
        updatedAt = message.ts();
    }

    String id() {
        return id;
    }

    String type() {
        return type;
    }

    String name() {
        return name;
    }

    String fname() {
        return fname;
    }

    /** The name Rocket.Chat puts in groups.close/open messages: the title for a discussion. */
    String displayName() {
        return parentId != null ? fname : name;
    }

    FakeUser owner() {
        return owner;
    }

    Instant ts() {
        return ts;
    }

    boolean readOnly() {
        return readOnly;
    }

    boolean archived() {
        return archived;
    }

    /** End-to-end encrypted, as groups.create's {@code extraData} or the E2E default made it. */
    boolean encrypted() {
        return extraData.path("encrypted").asBoolean(false);
    }

    /** The team's main room when {@code teamMain}; null when the room is in no team. */
    String teamId() {
        return teamId;
    }

    boolean teamMain() {
        return teamMain;
    }

    String parentId() {
        return parentId;
    }

    int usersCount() {
        return usersCount;
    }

    int msgs() {
        return msgs;
    }

    String topic() {
        return topic;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Last activity: the last message's time, or the creation time of a silent room. */
    Instant lastActivity() {
        return lastMessage != null ? lastMessage.ts() : ts;
    }

    Instant lm() {
        return lastMessage != null ? lastMessage.ts() : null;
    }

    /** The room as groups.list returns it: Mongo field order, excluded fields left out. */
    ObjectNode toJson() {
        ObjectNode json = Json.object().put("_id", id).put("fname", fname).put("_updatedAt", Json.date(updatedAt));
        json.setAll(extraData.deepCopy());
        if (customFields != null) {
            json.set("customFields", customFields.deepCopy());
        }
        if (topic != null) {
            json.put("topic", topic);
        }
        if (description != null) {
            json.put("description", description);
        }
        json.put("name", name).put("t", type).put("msgs", msgs).put("usersCount", usersCount);
        json.set("u", userRef(owner));
        json.put("ts", Json.date(ts)).put("ro", readOnly).put("default", false).put("sysMes", true);
        if (teamId != null) {
            json.put("teamId", teamId);
        }
        if (teamMain) {
            json.put("teamMain", true);
        }
        if (parentId != null) {
            json.put("prid", parentId);
        }
        if (archived) {
            json.put("archived", true);
        }
        if (lastMessage != null) {
            json.set("lastMessage", lastMessage.toJson());
            json.put("lm", Json.date(lastMessage.ts()));
        }
        return json;
    }
}
