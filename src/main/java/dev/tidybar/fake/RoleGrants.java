package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rocket.Chat's permissions collection: which roles hold each permission. It starts with the
 * default grants of the permissions the fake checks, and {@code permissions.update} changes it, as
 * the upstream API tests do to take a permission away. Guarded by the {@link FakeState} lock.
 */
final class RoleGrants {

    /** A permission's entry in the collection. */
    private record Grant(List<String> roles, Instant updatedAt) {
    }

    private final Map<String, Grant> grants = new LinkedHashMap<>();

    /** Back to Rocket.Chat's default grants, dated {@code now}. */
    void reset(Instant now) {
        grants.clear();
        grant("access-permissions", now, "admin");
        grant("api-bypass-rate-limit", now, "admin", "bot", "app");
        grant("create-c", now, "admin", "user", "bot", "app");
        grant("create-d", now, "admin", "user", "bot", "app", "livechat-agent", "livechat-manager");
        grant("create-p", now, "admin", "user", "bot", "app");
        grant("create-team", now, "admin", "user");
        grant("create-team-group", now, "admin", "owner", "moderator");
        grant("create-user", now, "admin");
        grant("delete-c", now, "admin", "owner");
        grant("delete-p", now, "admin", "owner");
        grant("delete-team-group", now, "admin", "owner", "moderator");
        grant("delete-user", now, "admin");
        grant("edit-privileged-setting", now, "admin");
        grant("logout-other-user", now, "admin");
        grant("post-readonly", now, "admin", "owner", "moderator");
        grant("set-moderator", now, "admin", "owner");
        grant("view-c-room", now, "admin", "user", "bot", "app", "anonymous");
        grant("view-privileged-setting", now, "admin");
        grant("view-room-administration", now, "admin");
    }

    private void grant(String permission, Instant now, String... roles) {
        grants.put(permission, new Grant(List.of(roles), now));
    }

    /** Whether one of the user's workspace roles holds the permission. */
    boolean allows(FakeUser user, String permission) {
        return allowsAny(user.roles(), permission);
    }

    /** As {@link #allows(FakeUser, String)}, counting the user's roles in the room too (e.g. owner). */
    boolean allowsIn(FakeUser user, String permission, FakeSubscription sub) {
        return allows(user, permission) || sub != null && allowsAny(sub.roles(), permission);
    }

    private boolean allowsAny(List<String> roles, String permission) {
        Grant grant = grants.get(permission);
        return grant != null && roles.stream().anyMatch(grant.roles()::contains);
    }

    /**
     * Replaces a permission's roles. A permission the fake does not check is stored as given: the
     * real workspace has several hundred, and the upstream tests change many of them.
     */
    void set(String permission, List<String> roles, Instant now) {
        grants.put(permission, new Grant(List.copyOf(roles), now));
    }

    /** The collection as permissions.update answers it. */
    ArrayNode toJson() {
        ArrayNode all = Json.array();
        grants.forEach((id, grant) -> {
            ObjectNode json = all.addObject().put("_id", id);
            ArrayNode roles = json.putArray("roles");
            grant.roles().forEach(roles::add);
            json.put("_updatedAt", Json.date(grant.updatedAt()));
        });
        return all;
    }
}
