package dev.tidybar.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the request log keeps of a request: all but its secrets, each replaced by
 * {@link ReceivedRequest#REDACTED}. The log is shown over HTTP and lands in test reports, and a token
 * there is a working login. The secrets are the {@code X-Auth-Token} header and every query or body
 * field, at any depth, named like a password, token or secret, or a login's {@code code} (2FA) and
 * {@code resume} (a login token by another name). A body is read as {@link ReceivedRequest#bodyField}
 * reads it, as JSON when it starts like JSON, else as form fields, and kept as sent when it holds no
 * secret.
 */
final class Redaction {

    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "token", "secret");
    private static final Set<String> SECRET_NAMES = Set.of("code", "resume");

    private Redaction() {
    }

    static ReceivedRequest of(ReceivedRequest request) {
        return new ReceivedRequest(request.method(), request.endpoint(), fields(request.query()),
                body(request.body()), request.authToken() == null ? null : ReceivedRequest.REDACTED,
                request.userId());
    }

    private static boolean isSecret(String fieldName) {
        String name = fieldName.toLowerCase(Locale.ROOT);
        return SECRET_NAMES.contains(name) || SECRET_WORDS.stream().anyMatch(name::contains);
    }

    private static Map<String, String> fields(Map<String, String> fields) {
        Map<String, String> kept = new LinkedHashMap<>(fields);
        kept.replaceAll((name, value) -> isSecret(name) ? ReceivedRequest.REDACTED : value);
        return kept;
    }

    private static String body(String body) {
        String start = body.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return jsonBody(body);
        }
        Map<String, String> pairs = Forms.pairs(body);
        return pairs.keySet().stream().anyMatch(Redaction::isSecret) ? Forms.encode(fields(pairs)) : body;
    }

    private static String jsonBody(String body) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            // which part of broken JSON is a secret cannot be told: keep none of it
            return ReceivedRequest.REDACTED;
        }
        return redactFields(tree) ? tree.toString() : body;
    }

    /** Replaces the value of every secret field in this JSON, at any depth; true when it replaced one. */
    private static boolean redactFields(JsonNode node) {
        boolean replaced = false;
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                // null or true/false holds no secret: requirePasswordChange:true stays readable
                if (isSecret(name) && !value.isNull() && !value.isBoolean()) {
                    object.put(name, ReceivedRequest.REDACTED);
                    replaced = true;
                } else {
                    replaced |= redactFields(value);
                }
            }
        } else {
            for (JsonNode element : node) {
                replaced |= redactFields(element);
            }
        }
        return replaced;
    }
}
