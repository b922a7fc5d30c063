package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** {@code application/x-www-form-urlencoded} text, as found in query strings and form bodies. */
final class Forms {

    private Forms() {
    }

    /** Decoded pairs in order; a repeated name keeps its first value. */
    static Map<String, String> pairs(String encoded) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return pairs;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            pairs.putIfAbsent(name, value);
        }
        return pairs;
    }

    static ObjectNode parse(String encoded) {
        ObjectNode fields = Json.object();
        pairs(encoded).forEach(fields::put);
        return fields;
    }

    /** The pairs as form text, in their order. */
    static String encode(Map<String, String> pairs) {
        StringJoiner encoded = new StringJoiner("&");
        pairs.forEach((name, value) -> encoded.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return encoded.toString();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
