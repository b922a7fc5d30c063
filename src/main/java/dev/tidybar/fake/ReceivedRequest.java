package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * One request the fake received on a Rocket.Chat route, for tests to check what a client sent.
 *
 * @param method    the HTTP method
 * @param endpoint  the path after {@code /api/v1/}, e.g. {@code groups.close}; the full path otherwise
 * @param query     the decoded query parameters
 * @param body      the raw body text, empty when there was none
 * @param authToken the {@code X-Auth-Token} header, or null
 * @param userId    the {@code X-User-Id} header, or null
 */
public record ReceivedRequest(String method, String endpoint, Map<String, String> query, String body,
                              String authToken, String userId) {

    public ReceivedRequest {
        query = Map.copyOf(query);
    }

    /** Without the body (a login's holds the password) or the token; a test's failure message may print it. */
    @Override
    public String toString() {
        return method + " " + endpoint + (query.isEmpty() ? "" : " " + query) + ", " + body.length() + " characters"
                + ", userId=" + userId + ", token=" + (authToken == null ? "none" : "<redacted>");
    }

    /** A top-level field of a JSON or form body, as text. */
    public Optional<String> bodyField(String name) {
        ObjectNode fields = body.stripLeading().startsWith("{") ? Json.parseObject(body) : Forms.parse(body);
        return Optional.ofNullable(Json.text(fields, name));
    }
}
