package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import java.util.Map;

/** A parsed request to {@code /api/v1/<endpoint>}, with the caller once authentication has run. */
final class ApiRequest {

    private final String method;
    private final String endpoint;
    private final Map<String, String> query;
    private final Headers headers;
    private final ObjectNode body;
    private final String remoteAddress;
    private FakeUser caller;
    private String authToken;

    ApiRequest(String method, String endpoint, Map<String, String> query, Headers headers, ObjectNode body,
               String remoteAddress) {
        this.method = method;
        this.endpoint = endpoint;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.remoteAddress = remoteAddress;
    }

    String method() {
        return method;
    }

    String endpoint() {
        return endpoint;
    }

    Map<String, String> query() {
        return query;
    }

    String header(String name) {
        return headers.getFirst(name);
    }

    ObjectNode body() {
        return body;
    }

    String remoteAddress() {
        return remoteAddress;
    }

    FakeUser caller() {
        return caller;
    }

    String authToken() {
        return authToken;
    }

    void authenticate(FakeUser user, String token) {
        this.caller = user;
        this.authToken = token;
    }

    /** The route and the caller: the headers hold the token, a login's body the password. */
    @Override
    public String toString() {
        return method + " " + endpoint + " from " + remoteAddress + (caller == null ? "" : " by " + caller.username());
    }
}
