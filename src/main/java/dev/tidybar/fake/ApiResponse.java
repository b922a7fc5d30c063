package dev.tidybar.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer of the fake: status, headers and body bytes, built with Rocket.Chat's result helpers (§8). */
final class ApiResponse {

    static final String JSON = "application/json";

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private ApiResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, JSON, Json.bytes(body));
    }

    static ApiResponse raw(int status, String contentType, String body) {
        return new ApiResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** 200 with no body at all: what logout answers from Rocket.Chat 7.4 on. */
    static ApiResponse emptyOk() {
        return new ApiResponse(200, JSON, new byte[0]);
    }

    /** {@code API.v1.success(payload)}: the payload with {@code success:true} appended. */
    static ApiResponse success(ObjectNode payload) {
        payload.put("success", true);
        return json(200, payload);
    }

    static ApiResponse success() {
        return success(Json.object());
    }

    /** {@code API.v1.failure("text")}: a plain 400 with no errorType. */
    static ApiResponse failure(String error) {
        return failure(400, error);
    }

    /** {@code {"success":false,"error":"text"}} with another status. */
    static ApiResponse failure(int status, String error) {
        return json(status, Json.object().put("success", false).put("error", error));
    }

    /** A thrown {@code Meteor.Error(errorType, reason, details)} caught by the route: 400 "reason [errorType]". */
    static ApiResponse thrown(String errorType, String reason, ObjectNode details) {
        ObjectNode body = Json.object()
                .put("success", false)
                .put("error", reason + " [" + errorType + "]")
                .put("errorType", errorType);
        if (details != null) {
            body.set("details", details);
        }
        return json(400, body);
    }

    /** The legacy {@code validateParams} failure. */
    static ApiResponse invalidParams(String ajvMessage) {
        return thrown("invalid-params", ajvMessage, null);
    }

    static ApiResponse notLoggedIn() {
        String message = "You must be logged in to do this.";
        return json(401, Json.object().put("success", false).put("error", message)
                .put("status", "error").put("message", message));
    }

    static ApiResponse forbidden() {
        return json(403, Json.object().put("success", false)
                .put("error", "User does not have the permissions required for this action [error-unauthorized]"));
    }

    /** Hono's default answer for a path no route matches. */
    static ApiResponse routeNotFound() {
        return raw(404, "text/plain; charset=UTF-8", "404 Not Found");
    }

    ApiResponse withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    byte[] body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Without the body: a login's answer holds the new token. */
    @Override
    public String toString() {
        return "HTTP " + status + " " + contentType + ", " + body.length + " bytes";
    }
}
