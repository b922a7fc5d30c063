package dev.tidybar.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One private group the user belongs to, as the sidebar sees it: the user's subscription from
 * {@code subscriptions.get}, which comes for every group in one call, and the room's
 * {@link RoomDetails} from {@code groups.list}, which come later, page by page.
 *
 * @param id             room id ({@code rid}), what {@code groups.close} takes
 * @param subscriptionId the subscription's own {@code _id}: what {@code subscriptions.get} names in {@code remove}
 * @param name           room name; for a discussion an id-like value, so show {@link #displayName()}
 * @param displayName    {@code fname} when present, else {@code name}
 * @param archived       the room is archived
 * @param discussion     the room is a discussion ({@code prid} is set)
 * @param hidden         the subscription is closed ({@code open:false}): not in the user's sidebar
 * @param unread         unread messages for this user
 * @param mentions       direct mentions of this user ({@code userMentions})
 * @param alert          the sidebar shows the room in bold
 * @param favourite      starred by the user ({@code f})
 * @param details        what only the room knows; null until its page of {@code groups.list} has been read
 */
public record PrivateGroup(
        String id,
        String subscriptionId,
        String name,
        String displayName,
        boolean archived,
        boolean discussion,
        boolean hidden,
        int unread,
        int mentions,
        boolean alert,
        boolean favourite,
        RoomDetails details) {

    public PrivateGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(name, "name");
        // the same text as the name for most groups: kept once, not twice for each of thousands of groups
        displayName = displayName == null || displayName.isBlank() || displayName.equals(name) ? name : displayName;
    }

    /** True once the room's own columns (topic, members, last activity, team, read-only) are known. */
    public boolean hasDetails() {
        return details != null;
    }

    /** The same group with the room's columns, as its page of {@code groups.list} gave them. */
    public PrivateGroup withDetails(RoomDetails roomDetails) {
        return new PrivateGroup(id, subscriptionId, name, displayName, archived, discussion, hidden, unread,
                mentions, alert, favourite, roomDetails);
    }

    /** The same group, hidden or shown, as the server's answer to a close or reopen says it now is. */
    public PrivateGroup withHidden(boolean nowHidden) {
        return new PrivateGroup(id, subscriptionId, name, displayName, archived, discussion, nowHidden, unread,
                mentions, alert, favourite, details);
    }

    /** The room's topic; empty when it has none or it is not known yet. */
    public String topic() {
        return details == null ? "" : details.topic();
    }

    /** The room's {@code usersCount}; 0 while not known. */
    public int memberCount() {
        return details == null ? 0 : details.memberCount();
    }

    /** The room's last activity; null while not known, or when the room says nothing of it. */
    public Instant lastActivity() {
        return details == null ? null : details.lastActivity();
    }

    public boolean readOnly() {
        return details != null && details.readOnly();
    }

    /** The room is the main room of a team. */
    public boolean teamMain() {
        return details != null && details.teamMain();
    }
}
