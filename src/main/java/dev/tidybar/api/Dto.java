package dev.tidybar.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The parts of the server's answers Tidybar reads (contract §1, §2.2, §4, §5, §6). Unknown fields
 * are ignored, since servers add fields between versions; {@link Complete#complete()} says whether
 * the fields Tidybar cannot do without are there.
 */
final class Dto {

    private Dto() {
    }

    interface Complete {
        boolean complete();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LoginAnswer(LoginData data) implements Complete {
        @Override
        public boolean complete() {
            return data != null && data.userId() != null && data.authToken() != null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LoginData(String userId, String authToken, Me me) {
        @Override
        public String toString() {
            return "LoginData[userId=" + userId + ", authToken=<redacted>, me=" + me + "]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Me(@JsonProperty("_id") String id, String username, String name) implements Complete {
        @Override
        public boolean complete() {
            return id != null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupsPage(List<Room> groups, Integer total) implements Complete {
        @Override
        public boolean complete() {
            // a null in the list is a room without an id like any other
            return groups != null && total != null && groups.stream().allMatch(room -> room != null && room.complete());
        }
    }

    /** The answer of {@code groups.info}: one room, as a page of {@code groups.list} holds it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupInfo(Room group) implements Complete {
        @Override
        public boolean complete() {
            return group != null && group.complete();
        }
    }

    /** A room of {@code groups.list}. Dates stay JSON nodes: ISO strings, or {@code {"$date": ms}} on old servers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Room(
            @JsonProperty("_id") String id,
            String name,
            String fname,
            String topic,
            int usersCount,
            JsonNode lm,
            LastMessage lastMessage,
            @JsonProperty("_updatedAt") JsonNode updatedAt,
            boolean archived,
            boolean ro,
            String prid,
            boolean teamMain) {

        boolean complete() {
            return id != null && name != null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LastMessage(JsonNode ts) {
    }

    /** {@code update}: every subscription, or those changed since {@code updatedSince}; {@code remove}: the deleted. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Subscriptions(List<Subscription> update, List<Removed> remove) implements Complete {
        @Override
        public boolean complete() {
            return update != null;
        }
    }

    /** The user's own view of a room; {@code open:false} means hidden from the sidebar. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Subscription(
            @JsonProperty("_id") String id,
            String rid,
            String t,
            String name,
            String fname,
            Boolean open,
            boolean alert,
            int unread,
            int userMentions,
            boolean f,
            boolean archived,
            String prid,
            @JsonProperty("_updatedAt") JsonNode updatedAt) {
    }

    /** A deleted subscription: only its id and when it went. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Removed(@JsonProperty("_id") String id, @JsonProperty("_deletedAt") JsonNode deletedAt) {
    }

    /** {@code {"success":true}}: the answer of groups.close and groups.open. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Success(Boolean success) implements Complete {
        @Override
        public boolean complete() {
            return Boolean.TRUE.equals(success);
        }
    }

    /**
     * A failure body: 7.x {@code {success, error, status, [details], message}}, 6.x {@code {status, message}}
     * or a thrown-style {@code {success, error, errorType}}. {@code error} is a node because 6.x sent a number there.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(JsonNode error, String errorType, String message, JsonNode details) {

        /** The server's own words: {@code error} when it is text, else {@code message}. */
        String words() {
            if (error != null && error.isTextual()) {
                return error.asText();
            }
            return message;
        }

        String twoFactorMethod() {
            return details == null ? null : details.path("method").asText(null);
        }
    }
}
