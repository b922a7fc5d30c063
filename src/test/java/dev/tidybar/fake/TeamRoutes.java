package dev.tidybar.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * teams.create, only as far as upstream groups.ts needs it to set up its cases: a team is its main
 * room (type 0 public, 1 private) with {@code teamMain} and the team id, owned by the caller, with
 * the named members. There is no team collection beyond that room.
 */
final class TeamRoutes {

    private final FakeState state;

    private TeamRoutes(FakeState state) {
        this.state = state;
    }

    static void register(Routes routes, FakeState state) {
        routes.addWithPermission("POST", "teams.create", "create-team", new TeamRoutes(state)::create);
    }

    private ApiResponse create(ApiRequest request) {
        ObjectNode body = request.body();
        String name = Json.text(body, "name");
        JsonNode type = body.get("type");
        if (name == null || name.isEmpty() || type == null || !type.canConvertToInt()
                || type.asInt() != 0 && type.asInt() != 1) {
            return ApiResponse.invalidParams(name == null ? "must have required property 'name'"
                    : "must have required property 'type'");
        }
        if (state.roomByName(name) != null) {
            return ApiResponse.failure("team-name-already-exists");
        }
        FakeUser owner = request.caller();
        String teamId = state.newId();
        FakeRoom main = state.addRoom(new FakeRoom(state.newId(), type.asInt() == 1 ? "p" : "c", name, name, owner,
                state.now()).team(teamId, true).withCustomFields(null));
        List<FakeUser> members = new ArrayList<>(List.of(owner));
        body.path("members").forEach(member -> {
            FakeUser user = state.userByLogin(member.asText());
            if (user != null && !members.contains(user)) {
                members.add(user);
            }
        });
        main.setUsersCount(members.size());
        members.forEach(member -> state.subscribe(main, member, member == owner));
        ObjectNode answer = Json.object();
        answer.putObject("team").put("_id", teamId).put("name", name).put("type", type.asInt())
                .put("createdAt", Json.date(main.ts())).put("_updatedAt", Json.date(main.ts()))
                .put("roomId", main.id()).set("createdBy", Json.object().put("_id", owner.id())
                        .put("username", owner.username()));
        return ApiResponse.success(answer);
    }
}
