package dev.tidybar.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code settings/<id>} and {@code permissions.update}: what the upstream API tests' helpers
 * {@code updateSetting} and {@code updatePermission} call around their cases. Every setting id is
 * accepted (a real workspace has about a thousand); see {@link FakeSettings} for those that matter.
 */
final class WorkspaceAdminRoutes {

    private static final String SETTINGS_PREFIX = "settings/";

    /** The roles a default workspace has; permissions.update refuses any other. */
    private static final Set<String> ROLES = Set.of("admin", "moderator", "leader", "owner", "user", "bot", "app",
            "guest", "anonymous", "livechat-agent", "livechat-manager", "livechat-monitor");

    private final FakeState state;

    private WorkspaceAdminRoutes(FakeState state) {
        this.state = state;
    }

    static void register(Routes routes, FakeState state) {
        WorkspaceAdminRoutes admin = new WorkspaceAdminRoutes(state);
        routes.addWithPermission("GET", SETTINGS_PREFIX + ":_id", "view-privileged-setting", admin::getSetting)
                .addWithPermission("POST", SETTINGS_PREFIX + ":_id", "edit-privileged-setting", admin::setSetting)
                .addWithPermission("POST", "permissions.update", "access-permissions", admin::updatePermissions);
    }

    /** {@code {_id, value}}, or a bare 400 for a setting that has no value. */
    private ApiResponse getSetting(ApiRequest request) {
        String id = settingId(request);
        JsonNode value = state.settings().get(id);
        if (value == null) {
            return bareFailure();
        }
        ObjectNode answer = Json.object().put("_id", id);
        answer.set("value", value);
        return ApiResponse.success(answer);
    }

    private ApiResponse setSetting(ApiRequest request) {
        JsonNode value = request.body().get("value");
        if (value == null) {
            return bareFailure();
        }
        state.settings().set(settingId(request), value);
        return ApiResponse.success();
    }

    private static String settingId(ApiRequest request) {
        return request.endpoint().substring(SETTINGS_PREFIX.length());
    }

    /** {@code API.v1.failure()} with nothing to say. */
    private static ApiResponse bareFailure() {
        return ApiResponse.json(400, Json.object().put("success", false));
    }

    /** Body {@code {permissions: [{_id, roles: [...]}, ...]}}; every role must exist. */
    private ApiResponse updatePermissions(ApiRequest request) {
        JsonNode permissions = request.body().get("permissions");
        if (!validPermissionList(request.body(), permissions)) {
            return plainFailure("Invalid body params", "error-invalid-body-params");
        }
        for (JsonNode permission : permissions) {
            for (JsonNode role : permission.get("roles")) {
                if (!ROLES.contains(role.asText())) {
                    return plainFailure("Invalid role", "error-invalid-role");
                }
            }
        }
        for (JsonNode permission : permissions) {
            List<String> roles = new ArrayList<>();
            permission.get("roles").forEach(role -> roles.add(role.asText()));
            state.grants().set(permission.get("_id").asText(), roles, state.now());
        }
        ObjectNode answer = Json.object();
        answer.set("permissions", state.grants().toJson());
        return ApiResponse.success(answer);
    }

    /** The route's schema: only {@code permissions}, each item exactly {@code _id} and unique string {@code roles}. */
    private static boolean validPermissionList(ObjectNode body, JsonNode permissions) {
        if (body.size() != 1 || permissions == null || !permissions.isArray()) {
            return false;
        }
        for (JsonNode permission : permissions) {
            JsonNode id = permission.get("_id");
            JsonNode roles = permission.get("roles");
            if (!permission.isObject() || permission.size() != 2 || id == null || !id.isTextual() || roles == null
                    || !roles.isArray()) {
                return false;
            }
            Set<String> seen = new HashSet<>();
            for (JsonNode role : roles) {
                if (!role.isTextual() || !seen.add(role.asText())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code API.v1.failure(message, errorType)}: the message without the bracketed type. */
    private static ApiResponse plainFailure(String error, String errorType) {
        return ApiResponse.json(400, Json.object().put("success", false).put("error", error)
                .put("errorType", errorType));
    }
}
