package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * groups.create, channels.create, im.create and groups.delete, channels.delete: what Rocket.Chat's
 * own API tests (and other conformance suites) use to set up and tear down their rooms.
 */
final class RoomAdminRoutes {

    private final FakeState state;
    private final GroupLookup lookup;
    private final RoomCreation creation;

    private RoomAdminRoutes(FakeState state) {
        this.state = state;
        this.lookup = new GroupLookup(state);
        this.creation = new RoomCreation(state);
    }

    static void register(Routes routes, FakeState state) {
        RoomAdminRoutes admin = new RoomAdminRoutes(state);
        routes.add("POST", "groups.create", request -> admin.creation.create(request, "p", "group"))
                .addWithPermission("POST", "channels.create", "create-c",
                        request -> admin.creation.create(request, "c", "channel"))
                .addWithPermission("POST", "im.create", "create-d", admin::createDirect)
                .add("POST", "groups.addModerator", admin::addModerator)
                .add("POST", "groups.delete", admin::deleteGroup)
                .add("POST", "channels.delete", admin::deleteChannel);
    }

    /** Needs {@code delete-p} (admins and the room's owners by default); the members' subscriptions go to the trash. */
    private ApiResponse deleteGroup(ApiRequest request) {
        return erase(lookup.accessibleGroup(request.body(), request.caller()), request.caller());
    }

    /** {@code findChannelByIdOrName}: no membership needed for a public channel. */
    private ApiResponse deleteChannel(ApiRequest request) {
        String roomId = Json.text(request.body(), "roomId");
        String roomName = Json.text(request.body(), "roomName");
        if ((roomId == null || roomId.isBlank()) && (roomName == null || roomName.isBlank())) {
            return ApiResponse.thrown("error-roomid-param-not-provided",
                    "The parameter \"roomId\" or \"roomName\" is required", null);
        }
        FakeRoom room = roomId != null && !roomId.isBlank() ? state.roomById(roomId) : state.roomByName(roomName);
        if (room == null || !room.type().equals("c")) {
            return ApiResponse.thrown("error-room-not-found",
                    "The required \"roomId\" or \"roomName\" param provided does not match any channel", null);
        }
        return erase(room, request.caller());
    }

    /**
     * {@code eraseRoom}: needs {@code delete-<type>}, in the workspace or as a role in the room, and for
     * a team's group also {@code delete-team-group} in the team's main room.
     */
    private ApiResponse erase(FakeRoom room, FakeUser caller) {
        FakeSubscription sub = state.subscription(caller.id(), room.id());
        FakeRoom teamMain = room.teamId() == null || room.teamMain() ? null : state.teamMainRoom(room.teamId());
        boolean allowed = state.grants().allowsIn(caller, "delete-" + room.type(), sub) && (teamMain == null
                || state.grants().allowsIn(caller, "delete-team-group",
                        state.subscription(caller.id(), teamMain.id())));
        if (!allowed) {
            return ApiResponse.thrown("error-not-allowed", "Not allowed", Json.object().put("method", "eraseRoom"));
        }
        state.deleteRoom(room);
        return ApiResponse.success();
    }

    /** {@code addRoomModerator}: needs set-moderator in the room; the user must be a member. */
    private ApiResponse addModerator(ApiRequest request) {
        FakeRoom room = lookup.accessibleGroup(request.body(), request.caller());
        FakeUser user = UserRoutes.userFromParams(state, request.body());
        ObjectNode details = Json.object().put("method", "addRoomModerator");
        if (!state.grants().allowsIn(request.caller(), "set-moderator",
                state.subscription(request.caller().id(), room.id()))) {
            return ApiResponse.thrown("error-not-allowed", "Not allowed", details);
        }
        FakeSubscription sub = state.subscription(user.id(), room.id());
        if (sub == null) {
            return ApiResponse.thrown("error-user-not-in-room", "User is not in this room", details);
        }
        if (!sub.makeModerator(state.now())) {
            return ApiResponse.thrown("error-user-already-moderator", "User is already a moderator", details);
        }
        return ApiResponse.success();
    }

    /** The direct room of the caller and {@code username}, created on first use; its id joins both user ids. */
    private ApiResponse createDirect(ApiRequest request) {
        String username = Json.text(request.body(), "username");
        if (username == null) {
            return ApiResponse.invalidParams("must have required property 'username'\n must have required property "
                    + "'usernames'\n must match exactly one schema in oneOf");
        }
        FakeUser me = request.caller();
        FakeUser other = state.userByLogin(username);
        if (other == null || !other.username().equalsIgnoreCase(username)) {
            return ApiResponse.thrown("error-invalid-user", "Invalid user",
                    Json.object().put("method", "createDirectMessage"));
        }
        List<FakeUser> members = me == other ? List.of(me)
                : me.id().compareTo(other.id()) < 0 ? List.of(me, other) : List.of(other, me);
        String rid = members.stream().map(FakeUser::id).reduce("", String::concat);
        if (state.roomById(rid) == null) {
            FakeRoom room = state.addRoom(new FakeRoom(rid, "d", rid, rid, me, state.now()));
            room.setUsersCount(members.size());
            members.forEach(member -> state.subscribe(room, member, false));
        }
        ObjectNode answer = Json.object();
        ObjectNode room = answer.putObject("room").put("t", "d").put("rid", rid);
        ArrayNode usernames = room.putArray("usernames");
        members.forEach(member -> usernames.add(member.username()));
        room.put("_id", rid);
        return ApiResponse.success(answer);
    }
}
