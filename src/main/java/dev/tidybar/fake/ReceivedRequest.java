package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * One request the fake received on a Rocket.Chat route, for tests to check what a client sent. In the
 * fake's log no secret is kept: a token or password sent shows as {@link #REDACTED}, so a test sees
 * that it was sent; whether it was the right one shows in what the fake answered.
 *
 * @param method    the HTTP method
 * @param endpoint  the path after {@code /api/v1/}, e.g. {@code groups.close}; the full path otherwise
 * @param query     the decoded query parameters; in the log, secret ones are {@link #REDACTED}
 * @param body      the body text as sent, empty when there was none; in the log, with the value of every
 *                  field named like a password, token or secret, {@code code} or {@code resume}
 *                  {@link #REDACTED}, or all of it when it is broken JSON
 * @param authToken in the log {@link #REDACTED} when an {@code X-Auth-Token} header was sent, else null
 * @param userId    the {@code X-User-Id} header, or null
 */
public record ReceivedRequest(String method, String endpoint, Map<String, String> query, String body,
                              String authToken, String userId) {

    /** What the log shows in place of a secret. */
    public static final String REDACTED = "<redacted>";

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
