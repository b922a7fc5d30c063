package dev.tidybar.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rocket.Chat's {@code createRoom} behind groups.create and channels.create: the same checks and
 * the same room document, answered under {@code group} or {@code channel}. Call inside the state lock.
 */
final class RoomCreation {

    /** The default {@code UTF8_Channel_Names_Validation}. */
    private static final Pattern VALID_NAME = Pattern.compile("[0-9a-zA-Z-_.]+");

    private static final Set<String> SERVER_FIELDS = Set.of("_id", "fname", "_updatedAt", "customFields", "topic",
            "description", "name", "t", "msgs", "usersCount", "u", "ts", "ro", "default", "sysMes", "teamId",
            "teamMain", "prid", "archived", "lastMessage", "lm");

    private final FakeState state;

    RoomCreation(FakeState state) {
        this.state = state;
    }

    /**
     * A room of type {@code p} or {@code c} owned by the caller, answered as {@code {<answerKey>: room}}.
     * groups.create words its parameter errors "Body param", channels.create's validator "Param".
     */
    ApiResponse create(ApiRequest request, String type, String answerKey) {
        ObjectNode body = request.body();
        String param = type.equals("p") ? "Body param" : "Param";
        String name = Json.text(body, "name");
        if (name == null || name.isEmpty()) {
            return ApiResponse.failure(param + " \"name\" is required");
        }
        JsonNode members = body.get("members");
        if (members != null && !members.isNull() && !members.isArray()) {
            return ApiResponse.failure(param + " \"members\" must be an array if provided");
        }
        JsonNode customFields = body.get("customFields");
        if (customFields != null && !customFields.isNull() && !customFields.isObject()) {
            return ApiResponse.failure(param + " \"customFields\" must be an object if provided");
        }
        JsonNode extraData = body.get("extraData");
        if (type.equals("p")) {
            if (extraData != null && !extraData.isNull() && !extraData.isObject()) {
                return ApiResponse.failure(param + " \"extraData\" must be an object if provided");
            }
            ApiResponse refused = privateGroupRefused(request.caller(), extraData);
            if (refused != null) {
                return refused;
            }
        }
        ObjectNode details = Json.object().put("function", "RocketChat.getValidRoomName").put("channel_name", name);
        if (!VALID_NAME.matcher(name).matches()) {
            return ApiResponse.thrown("error-invalid-room-name", name + " is not a valid room name", details);
        }
        if (state.roomByName(name) != null) {
            return ApiResponse.thrown("error-duplicate-channel-name", "A channel with name '" + name + "' exists",
                    details);
        }
        FakeUser owner = request.caller();
        List<FakeUser> others = new ArrayList<>();
        if (members != null && members.isArray()) {
            members.forEach(member -> {
                FakeUser user = state.userByLogin(member.asText());
                if (user != null && user != owner && !others.contains(user)) {
                    others.add(user);
                }
            });
        }
        FakeRoom room = new FakeRoom(state.newId(), type, name, name, owner, state.now())
                .flags(body.path("readOnly").asBoolean(false), false)
                .withCustomFields(customFields != null && customFields.size() > 0
                        ? ((ObjectNode) customFields).deepCopy() : null);
        state.addRoom(withExtraData(room, extraData, type.equals("p") && encryptedByDefault()));
        room.setUsersCount(1 + others.size());
        state.subscribe(room, owner, true);
        others.forEach(user -> state.subscribe(room, user, false));
        ObjectNode answer = Json.object();
        answer.set(answerKey, room.toJson());
        return ApiResponse.success(answer);
    }

    /**
     * {@code createPrivateGroupMethod}'s check, thrown (so 400, not 403): in a team, create-team-group
     * in the team's main room; otherwise create-p. Null when allowed.
     */
    private ApiResponse privateGroupRefused(FakeUser owner, JsonNode extraData) {
        String teamId = extraData == null ? null : Json.text(extraData, "teamId");
        ObjectNode details = Json.object().put("method", "createPrivateGroup");
        boolean allowed;
        if (teamId != null && !teamId.isEmpty()) {
            FakeRoom main = state.teamMainRoom(teamId);
            if (main == null) {
                return ApiResponse.thrown("error-team-not-found",
                        "The \"teamId\" param provided does not match any team", details);
            }
            allowed = state.grants().allowsIn(owner, "create-team-group", state.subscription(owner.id(), main.id()));
        } else {
            allowed = state.grants().allows(owner, "create-p");
        }
        return allowed ? null : ApiResponse.thrown("error-not-allowed", "Not allowed", details);
    }

    /** The {@code beforeCreateRoom} callback of the E2E settings: new private groups are encrypted. */
    private boolean encryptedByDefault() {
        FakeSettings settings = state.settings();
        return settings.isOn(FakeSettings.E2E) && settings.isOn(FakeSettings.E2E_PRIVATE_DEFAULT);
    }

    /** Topic, description and team go to their own fields; anything else not set by the server is kept. */
    private static FakeRoom withExtraData(FakeRoom room, JsonNode extraData, boolean encrypted) {
        ObjectNode kept = Json.object();
        if (encrypted) {
            kept.put("encrypted", true);
        }
        if (extraData == null || !extraData.isObject()) {
            return room.withExtraData(kept);
        }
        extraData.properties().forEach(field -> {
            if (!SERVER_FIELDS.contains(field.getKey()) && !(encrypted && field.getKey().equals("encrypted"))) {
                kept.set(field.getKey(), field.getValue());
            }
        });
        String teamId = Json.text(extraData, "teamId");
        if (teamId != null) {
            room.team(teamId, false);
        }
        return room.describe(Json.text(extraData, "topic"), Json.text(extraData, "description"))
                .withExtraData(kept);
    }
}
