package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The test controls over HTTP, under {@code /_fake/}, for the requests {@link ControlGate} lets
 * through. They touch no Rocket.Chat route's counters or log. Bodies are JSON; answers are
 * {@code {..., "success":true}}, or 400 {@code {"success":false,"error":"..."}} for a bad request.
 */
final class ControlRoutes {

    private final WorkspaceControls controls;

    ControlRoutes(WorkspaceControls controls) {
        this.controls = controls;
    }

    /** The answer to a request under /_fake/, or the gate's refusal. */
    ApiResponse answer(HttpExchange exchange, String body) {
        return ControlGate.refusal(exchange, body).orElseGet(() -> handle(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath().substring(Dispatcher.CONTROL_PREFIX.length()),
                Forms.pairs(exchange.getRequestURI().getRawQuery()), Json.parseObject(body)));
    }

    private ApiResponse handle(String method, String action, Map<String, String> query, ObjectNode body) {
        try {
            return ApiResponse.success(dispatch(method + " " + action, query, body));
        } catch (IllegalArgumentException e) {
            return ApiResponse.failure(e.getMessage());
        } catch (UnsupportedOperationException e) {
            return ApiResponse.failure(404, "No such control");
        }
    }

    private ObjectNode dispatch(String request, Map<String, String> query, ObjectNode body) {
        ObjectNode answer = Json.object();
        switch (request) {
            case "POST messages":
                String text = Json.text(body, "msg");
                answer.set("message", controls.postMessage(required(body, "sender"), required(body, "roomId"),
                        text == null ? "A new message" : text).toJson());
                return answer;
            case "POST reset":
                controls.reset();
                return answer;
            case "POST tokens/revoke":
                controls.revokeAllTokens();
                return answer;
            case "POST groups/delete":
                controls.deleteGroup(required(body, "roomId"));
                return answer;
            case "POST faults":
                String times = Json.text(body, "times");
                controls.injectFault(required(body, "endpoint"), fault(body),
                        times == null ? 1 : Integer.parseInt(times));
                return answer;
            case "POST latency":
                controls.setLatency(millis(body, "millis"));
                return answer;
            case "POST rate-limit":
                if ("false".equals(Json.text(body, "enabled"))) {
                    controls.disableRateLimit();
                } else {
                    controls.setRateLimit(Integer.parseInt(required(body, "calls")), millis(body, "windowMillis"));
                }
                return answer;
            case "GET requests":
                ArrayNode list = answer.putArray("requests");
                controls.receivedRequests().forEach(received -> list.add(Json.MAPPER.valueToTree(received)));
                return answer;
            case "DELETE requests":
            case "POST requests/clear":
                controls.clearReceivedRequests();
                return answer;
            case "GET subscription":
                controls.isOpenFor(query.getOrDefault("username", ""), query.getOrDefault("roomId", ""))
                        .ifPresentOrElse(open -> answer.put("open", open), () -> answer.putNull("open"));
                return answer;
            case "GET room":
                controls.roomIdByName(query.getOrDefault("name", ""))
                        .ifPresentOrElse(id -> answer.put("roomId", id), () -> answer.putNull("roomId"));
                return answer;
            default:
                throw new UnsupportedOperationException(request);
        }
    }

    private static Fault fault(ObjectNode body) {
        String kind = required(body, "kind").toLowerCase(Locale.ROOT);
        switch (kind) {
            case "server-error":
                return Fault.serverError();
            case "html-bad-gateway":
                return Fault.htmlBadGateway();
            case "malformed-json":
                return Fault.malformedJson();
            case "connection-reset":
                return Fault.connectionReset();
            case "delay":
                return Fault.delay(millis(body, "millis"));
            case "too-many-requests":
                return Fault.tooManyRequests(millis(body, "millis"));
            case "forbidden":
                return Fault.forbidden();
            case "invalid-date":
                return Fault.invalidDate();
            default:
                throw new IllegalArgumentException("Unknown fault kind: " + kind);
        }
    }

    private static Duration millis(ObjectNode body, String field) {
        try {
            return Duration.ofMillis(Long.parseLong(required(body, field)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number of milliseconds");
        }
    }

    private static String required(ObjectNode body, String field) {
        String value = Json.text(body, field);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Missing \"" + field + "\"");
        }
        return value;
    }
}
