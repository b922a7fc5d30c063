package dev.tidybar.api;

import java.net.URI;
import java.util.Map;

/**
 * One request as the client means it, before redirects.
 *
 * @param endpoint    the route after {@code /api/v1/}, used in messages (never the query: it is not needed)
 * @param method      {@code GET} or {@code POST}
 * @param uri         the full address
 * @param credentials {@code X-Auth-Token} and {@code X-User-Id}, or empty; never sent to another origin
 * @param jsonBody    the JSON body of a POST, or null
 */
record Outgoing(String endpoint, String method, URI uri, Map<String, String> credentials, byte[] jsonBody) {

    static Outgoing get(String endpoint, URI uri, Map<String, String> credentials) {
        return new Outgoing(endpoint, "GET", uri, credentials, null);
    }

    static Outgoing post(String endpoint, URI uri, Map<String, String> credentials, byte[] jsonBody) {
        return new Outgoing(endpoint, "POST", uri, credentials, jsonBody);
    }

    @Override
    public String toString() {
        return method + " " + endpoint;   // the credentials and body stay out of logs
    }
}
