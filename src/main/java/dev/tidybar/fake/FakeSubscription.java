package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One user's subscription to one room. Mutable fields are guarded by the {@link FakeState} lock. */
final class FakeSubscription {

    private final String id;
    private final FakeRoom room;
    private final FakeUser user;
    private final boolean owner;
    private boolean moderator;
    private boolean open;
    private boolean alert;
    private int unread;
    private int userMentions;
    private int groupMentions;
    private boolean favourite;
    private Instant lastSeen;
    private List<String> unreadThreads = List.of();
    private Instant updatedAt;

    FakeSubscription(String id, FakeRoom room, FakeUser user, boolean owner, Instant now) {
        this.id = id;
        this.room = room;
        this.user = user;
        this.owner = owner;
        this.open = true;
        this.lastSeen = now;
        this.updatedAt = now;
    }

    /**
     * Seed state: how the subscription looks after the user's own history in the room, last changed
     * with the room's last activity (a seed stamped all at once would put every group in each delta).
     */
    FakeSubscription seeded(boolean isOpen, int unreadCount, int mentions, boolean isFavourite) {
        updatedAt = room.lastActivity();
        open = isOpen;
        alert = unreadCount > 0;
        unread = unreadCount;
        userMentions = mentions;
        favourite = isFavourite;
        return this;
    }

    /** {@code hideRoomMethod}: closed and not alerting; counters stay. */
    void hide(Instant now) {
        open = false;
        alert = false;
        updatedAt = now;
    }

    /** {@code openRoom}: shown again; alert and counters stay. */
    void show(Instant now) {
        open = true;
        updatedAt = now;
    }

    /** Someone else posted: the room reappears and alerts. */
    void messageArrived(boolean mentioned, boolean groupMentioned, Instant now) {
        open = true;
        alert = true;
        unread++;
        if (mentioned) {
            userMentions++;
        }
        if (groupMentioned) {
            groupMentions++;
        }
        updatedAt = now;
    }

    /** A reply in a thread the user follows: the room alerts and the thread counts as unread. */
    void threadReplyArrived(String threadId, Instant now) {
        alert = true;
        if (!unreadThreads.contains(threadId)) {
            List<String> threads = new ArrayList<>(unreadThreads);
            threads.add(threadId);
            unreadThreads = List.copyOf(threads);
        }
        updatedAt = now;
    }

    /** subscriptions.read: read, and with {@code readThreads} the threads too. */
    void markRead(Instant now, boolean readThreads) {
        markRead(now);
        if (readThreads) {
            unreadThreads = List.of();
        }
    }

    /** {@code setAsReadByRoomIdAndUserId}: after reading or sending; unread threads stay. */
    void markRead(Instant now) {
        open = true;
        alert = false;
        unread = 0;
        userMentions = 0;
        groupMentions = 0;
        lastSeen = now;
        updatedAt = now;
    }

    String id() {
        return id;
    }

    FakeRoom room() {
        return room;
    }

    FakeUser user() {
        return user;
    }

    boolean owner() {
        return owner;
    }

    /** groups.addModerator; false when the user already was one. */
    boolean makeModerator(Instant now) {
        if (moderator) {
            return false;
        }
        moderator = true;
        updatedAt = now;
        return true;
    }

    /** The user's roles in this room. */
    List<String> roles() {
        List<String> roles = new ArrayList<>();
        if (owner) {
            roles.add("owner");
        }
        if (moderator) {
            roles.add("moderator");
        }
        return List.copyOf(roles);
    }

    boolean open() {
        return open;
    }

    int unread() {
        return unread;
    }

    int userMentions() {
        return userMentions;
    }

    /** Where unread counting starts: the last visit, or the subscription's start. */
    Instant lastSeenOrCreated() {
        return lastSeen != null ? lastSeen : room.ts();
    }

    Instant updatedAt() {
        return updatedAt;
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object().put("_id", id).put("open", open).put("alert", alert).put("unread", unread)
                .put("userMentions", userMentions).put("groupMentions", groupMentions)
                .put("ts", Json.date(room.ts())).put("rid", room.id()).put("name", room.name())
                .put("fname", room.fname()).put("t", room.type());
        json.set("u", FakeRoom.userRef(user));
        if (room.parentId() != null) {
            json.put("prid", room.parentId());
        }
        if (lastSeen != null) {
            json.put("ls", Json.date(lastSeen));
        }
        if (owner || moderator) {
            ArrayNode roles = json.putArray("roles");
            roles().forEach(roles::add);
        }
        if (favourite) {
            json.put("f", true);
        }
        if (room.archived()) {
            json.put("archived", true);
        }
        if (!unreadThreads.isEmpty()) {
            ArrayNode threads = json.putArray("tunread");
            unreadThreads.forEach(threads::add);
        }
        json.put("_updatedAt", Json.date(updatedAt));
        return json;
    }
}
