package dev.tidybar.api;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@code groups.list} knows of a room and the user's subscription does not (contract §4).
 *
 * @param roomId       the room's {@code _id}
 * @param topic        the topic, empty when none
 * @param memberCount  {@code usersCount}
 * @param lastActivity last message time ({@code lm}, else {@code lastMessage.ts}), else the room's
 *                     {@code _updatedAt}; may be null
 * @param readOnly     {@code ro}: only some members may post
 * @param teamMain     the main room of a team
 */
public record RoomDetails(String roomId, String topic, int memberCount, Instant lastActivity, boolean readOnly,
                          boolean teamMain) {

    public RoomDetails {
        Objects.requireNonNull(roomId, "roomId");
        topic = topic == null ? "" : topic;
    }
}
