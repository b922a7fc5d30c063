package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * users.create, users.delete, users.logout and users.presence: what Rocket.Chat's own end-to-end
 * tests use to set up fresh users and end their sessions. Creating, deleting and logging out others
 * need the permissions create-user, delete-user and logout-other-user (admins by default).
 */
final class UserRoutes {

    private final FakeState state;

    private UserRoutes(FakeState state) {
        this.state = state;
    }

    static void register(Routes routes, FakeState state) {
        UserRoutes users = new UserRoutes(state);
        routes.add("POST", "users.create", users::create)
                .addWithPermission("POST", "users.delete", "delete-user", users::delete)
                .add("POST", "users.logout", users::logout)
                .add("GET", "users.presence", users::presence);
    }

    private ApiResponse create(ApiRequest request) {
        ObjectNode body = request.body();
        for (String field : List.of("email", "name", "password", "username")) {
            if (!body.hasNonNull(field)) {
                return ApiResponse.invalidParams("must have required property '" + field + "'");
            }
        }
        if (!state.grants().allows(request.caller(), "create-user")) {
            return ApiResponse.thrown("error-action-not-allowed", "Adding user is not allowed",
                    Json.object().put("method", "insertOrUpdateUser").put("action", "Adding_user"));
        }
        String username = Json.text(body, "username");
        String email = Json.text(body, "email");
        for (String taken : List.of(username, email)) {
            if (state.userByLogin(taken) != null) {
                return ApiResponse.thrown("error-field-unavailable", taken + " is already in use :(",
                        Json.object().put("method", "insertOrUpdateUser").put("field", taken));
            }
        }
        List<String> roles = body.path("roles").isArray() ? rolesOf(body) : List.of("user");
        FakeUser user = state.addUser(new FakeUser(state.newId(), username, Json.text(body, "name"), email,
                Json.text(body, "password"), roles, FakeUser.SecondFactor.NONE, state.now())
                .withEmailVerified(body.path("verified").asBoolean(false))
                .created(body.path("active").asBoolean(true),
                        body.get("customFields") instanceof ObjectNode ? body.get("customFields").deepCopy() : null));
        FakeRoom general = state.roomById("GENERAL");
        if (general != null && body.path("joinDefaultChannels").asBoolean(true)) {
            state.subscribe(general, user, false);
            general.setUsersCount(general.usersCount() + 1);
        }
        ObjectNode document = document(user);
        if (body.path("requirePasswordChange").isBoolean()) {
            document.put("requirePasswordChange", body.get("requirePasswordChange").asBoolean());
        }
        ObjectNode answer = Json.object();
        answer.set("user", document);
        return ApiResponse.success(answer);
    }

    /**
     * The stored user document without its secrets, as users.create returns it ({@code saveNewUser}:
     * {@code settings} always, {@code requirePasswordChange} only when the request set it).
     */
    private static ObjectNode document(FakeUser user) {
        ObjectNode json = Json.object().put("_id", user.id()).put("createdAt", Json.date(user.createdAt()))
                .put("username", user.username());
        json.putArray("emails").addObject().put("address", user.email()).put("verified", user.emailVerified());
        json.put("type", "user").put("status", user.status()).put("active", user.active())
                .put("_updatedAt", Json.date(user.updatedAt()));
        ArrayNode roles = json.putArray("roles");
        user.roles().forEach(roles::add);
        json.put("name", user.name()).putObject("settings");
        if (user.customFields() != null) {
            json.set("customFields", user.customFields().deepCopy());
        }
        return json;
    }

    private static List<String> rolesOf(ObjectNode body) {
        List<String> roles = new ArrayList<>();
        body.get("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private ApiResponse delete(ApiRequest request) {
        state.removeUser(userFromParams(state, request.body()));
        return ApiResponse.success();
    }

    /** Ends every session of the caller, or of {@code userId} for an admin (logout-other-user). */
    private ApiResponse logout(ApiRequest request) {
        String userId = Json.text(request.body(), "userId");
        FakeUser caller = request.caller();
        String target = userId == null || userId.isEmpty() ? caller.id() : userId;
        if (!target.equals(caller.id()) && !state.grants().allows(caller, "logout-other-user")) {
            return ApiResponse.json(403, Json.object().put("success", false).put("error", "unauthorized"));
        }
        if (!state.removeTokensOf(target)) {
            return ApiResponse.thrown("error-invalid-user-id", "Invalid user id", null);
        }
        ObjectNode answer = Json.object().put("message", "User " + target + " has been logged out!");
        return ApiResponse.success(answer);
    }

    /**
     * The users not offline. With {@code from} less than 10 minutes ago, only those (but the caller)
     * changed since then, as a partial list; the fake's users change only when created or logging in.
     */
    private ApiResponse presence(ApiRequest request) {
        Instant from = JsDates.parse(request.query().getOrDefault("from", ""));
        Instant now = state.now();
        boolean partial = from != null && Duration.between(from, now).compareTo(Duration.ofMinutes(10)) < 0;
        ObjectNode answer = Json.object();
        ArrayNode users = answer.putArray("users");
        state.users().stream().filter(user -> !user.status().equals("offline"))
                .filter(user -> !partial || user != request.caller() && user.updatedAt().isAfter(from))
                .forEach(user -> users.addObject().put("_id", user.id()).put("avatarETag", avatarETag(user))
                        .put("username", user.username()).put("name", user.name()).put("status", user.status())
                        .put("utcOffset", 0));
        answer.put("full", !partial);
        return ApiResponse.success(answer);
    }

    /** A stable stand-in for the etag Rocket.Chat stores when an avatar is set. */
    private static String avatarETag(FakeUser user) {
        return Integer.toHexString(user.id().hashCode());
    }

    /** {@code getUserFromParams}: userId first, then username. */
    static FakeUser userFromParams(FakeState state, ObjectNode params) {
        String userId = Json.text(params, "userId");
        String username = Json.text(params, "username");
        if ((userId == null || userId.isEmpty()) && (username == null || username.isEmpty())) {
            throw new RouteFailure(ApiResponse.thrown("error-user-param-not-provided",
                    "The required \"userId\" or \"username\" param was not provided", null));
        }
        FakeUser user = userId != null && !userId.isEmpty() ? state.userById(userId) : state.userByLogin(username);
        if (user == null) {
            throw new RouteFailure(ApiResponse.thrown("error-invalid-user",
                    "The required \"userId\" or \"username\" param provided does not match any users", null));
        }
        return user;
    }
}
