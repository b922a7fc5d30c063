package dev.tidybar.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Raw HTTP against a running fake, with the JDK client: what a conformance suite sends over the wire. */
final class FakeHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A login's credentials, sent as X-User-Id and X-Auth-Token. */
    record Auth(String userId, String token) {
    }

    /** A response with its body parsed when it is JSON. */
    record Answer(int status, String body, HttpHeaders headers) {

        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.body(), response.headers());
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** Top-level keys in the order the server wrote them. */
        List<String> keys() {
            List<String> keys = new ArrayList<>();
            json().fieldNames().forEachRemaining(keys::add);
            return keys;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    FakeHttp(FakeWorkspace workspace) {
        this.base = workspace.baseUri();
    }

    Answer get(String pathAndQuery, Auth auth) {
        return send(request(pathAndQuery, auth).GET());
    }

    Answer post(String path, String json, Auth auth) {
        return send(request(path, auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer postTyped(String path, String contentType, String body, Auth auth) {
        HttpRequest.Builder builder = request(path, auth).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    Answer send(HttpRequest.Builder builder) {
        try {
            return Answer.of(client.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a request byte for byte as written, with no header but these (each "Name: value") and the
     * body's length: what a browser sends, which the JDK client cannot (it writes its own Host).
     */
    Answer sendWritten(String method, String path, String body, String... headerLines) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        head.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parseAnswer(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP/1.1 answer read to the end of its connection: status line, headers, blank line, body. */
    private static Answer parseAnswer(String text) {
        int headEnd = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, headEnd).split("\r\n");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        return new Answer(status, text.substring(headEnd + 4), HttpHeaders.of(headers, (name, value) -> true));
    }

    HttpRequest.Builder request(String pathAndQuery, Auth auth) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(pathAndQuery));
        if (auth != null) {
            builder.header("X-User-Id", auth.userId()).header("X-Auth-Token", auth.token());
        }
        return builder;
    }

    /** Logs in with the seed password and returns the new session's credentials. */
    Auth login(String username) {
        return login(username, DemoSeed.PASSWORD);
    }

    /** Logs in as the admin of Rocket.Chat's own API tests, as their getCredentials does. */
    Auth loginUpstreamAdmin() {
        return login(DemoSeed.UPSTREAM_ADMIN, DemoSeed.UPSTREAM_ADMIN);
    }

    /** Logs in with a password and returns the new session's credentials. */
    Auth login(String username, String password) {
        Answer answer = post("/api/v1/login", "{\"user\":\"" + username + "\",\"password\":\"" + password
                + "\"}", null);
        if (answer.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + answer.body());
        }
        JsonNode data = answer.json().get("data");
        return new Auth(data.get("userId").asText(), data.get("authToken").asText());
    }

    /** {@code updateSetting(id, value)} of the upstream permissions.helper.ts; fails unless it answers 200. */
    void setSetting(String id, String jsonValue, Auth admin) {
        Answer answer = post("/api/v1/settings/" + id, "{\"value\":" + jsonValue + "}", admin);
        if (answer.status() != 200) {
            throw new IllegalStateException("setting " + id + " failed: " + answer.body());
        }
    }

    static Auth alexToken() {
        return new Auth(DemoSeed.ALEX_USER_ID, DemoSeed.ALEX_PERSONAL_TOKEN);
    }
}
