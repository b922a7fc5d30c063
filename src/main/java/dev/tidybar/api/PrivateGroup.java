package dev.tidybar.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One private group the user belongs to, as the sidebar sees it: the room from {@code groups.list}
 * merged with the user's own subscription from {@code subscriptions.get}.
 *
 * @param id           room id ({@code _id}), what {@code groups.close} takes
 * @param name         room name; for a discussion an id-like value, so show {@link #displayName()}
 * @param displayName  {@code fname} when present, else {@code name}
 * @param topic        room topic, empty when none
 * @param memberCount  {@code usersCount}
 * @param lastActivity last message time ({@code lm}, else {@code lastMessage.ts}), else the room's
 *                     {@code _updatedAt}; may be null
 * @param hidden       the subscription is closed ({@code open:false}): not in the user's sidebar
 * @param unread       unread messages for this user
 * @param mentions     direct mentions of this user ({@code userMentions})
 * @param alert        the sidebar shows the room in bold
 * @param favourite    starred by the user ({@code f})
 */
public record PrivateGroup(
        String id,
        String name,
        String displayName,
        String topic,
        int memberCount,
        Instant lastActivity,
        boolean archived,
        boolean readOnly,
        boolean discussion,
        boolean teamMain,
        boolean hidden,
        int unread,
        int mentions,
        boolean alert,
        boolean favourite) {

    public PrivateGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        displayName = displayName == null || displayName.isBlank() ? name : displayName;
        topic = topic == null ? "" : topic;
    }
}
