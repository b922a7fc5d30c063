package dev.tidybar.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** JSON building blocks shared by the routes: one mapper, insertion-ordered objects, Rocket.Chat dates. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** {@code JSON.stringify(new Date())}: milliseconds and a literal Z. */
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String date(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a JSON text; anything that is not a JSON object becomes an empty object, as the server does. */
    static ObjectNode parseObject(String text) {
        if (text == null || text.isBlank()) {
            return object();
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node instanceof ObjectNode ? (ObjectNode) node : object();
        } catch (JsonProcessingException e) {
            return object();
        }
    }

    /** Parses a JSON object, or null when the text is not valid JSON or not an object. */
    static ObjectNode parseObjectOrNull(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node instanceof ObjectNode ? (ObjectNode) node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A body or query field as text, or null when absent or JSON null; numbers and booleans are coerced. */
    static String text(JsonNode container, String field) {
        JsonNode value = container.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.asText();
    }
}
