package dev.tidybar.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A tiny real HTTP server on loopback for the answers the fake workspace never gives: redirects,
 * oversized and cut-off bodies, web pages, silence and hang-ups. It records every request it receives.
 */
final class LoopbackServer implements AutoCloseable {

    /** One received request; header names in lower case. */
    record Received(String method, String path, Map<String, String> headers, String body) {
    }

    static final String USER_ID = "u1";
    static final String TOKEN = "secret-token";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService trickles = Executors.newSingleThreadScheduledExecutor();
    /** What {@link #silent} handlers wait for: {@link #close()} lets them go. */
    private final CountDownLatch closing = new CountDownLatch(1);

    private LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.start();
    }

    static LoopbackServer start() throws IOException {
        return new LoopbackServer();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    WorkspaceAddress workspace() {
        return onLoopback(server.getAddress().getPort());
    }

    /** A signed-in session on this server, with {@link #USER_ID} and {@link #TOKEN}. */
    Session session() {
        return new Session(workspace(), USER_ID, TOKEN, "alex", "Alex", false);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Answers every request under {@code path} with this status, content type, body and extra headers. */
    void answer(String path, int status, String contentType, String body, Map<String, String> headers) {
        handle(path, exchange -> {
            headers.forEach(exchange.getResponseHeaders()::add);
            send(exchange, status, contentType, body);
        });
    }

    void answerJson(String path, int status, String json) {
        answer(path, status, "application/json", json, Map.of());
    }

    void handle(String path, HttpHandler handler) {
        handleOpen(path, exchange -> {
            try (exchange) {
                handler.handle(exchange);
            }
        });
    }

    /** Records each request, then lets {@code handler} answer, leaving the exchange open for it to close. */
    void handleOpen(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(headers), body));
            handler.handle(exchange);
        });
    }

    /**
     * Answers 200 with a body that never ends: one byte every {@code interval}, as a broken proxy
     * may, so no silence is ever long enough for a socket timeout. Stops when the client hangs up.
     */
    void trickle(String path, Duration interval) {
        handleOpen(path, exchange -> trickle(exchange, interval, () -> { }));
    }

    /** Answers as {@link #trickle(String, Duration)} does, and runs {@code hungUp} once the client hangs up. */
    void trickle(HttpExchange exchange, Duration interval, Runnable hungUp) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        trickles.scheduleWithFixedDelay(() -> {
            try {
                body.write(' ');
                body.flush();
            } catch (IOException gone) {
                exchange.close();
                hungUp.run();
                throw new UncheckedIOException(gone);   // ends this trickle's schedule
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads each request and never answers, until {@link #close()}: only the client's timeout ends the call. */
    void silent(String path) {
        handle(path, exchange -> {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Closes each connection once the request is read, without a byte of answer. */
    void hangUp(String path) {
        handle(path, exchange -> {
            throw new IOException("the test server hangs up before answering");
        });
    }

    /** Answers 200 declaring the whole body's length, sends the first half of it, then closes the connection. */
    void cutOff(String path, String body) {
        handle(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes, 0, bytes.length / 2);
            exchange.getResponseBody().flush();
            throw new IOException("the test server hangs up mid-answer");
        });
    }

    /** A workspace on a loopback port nothing listens on: every call to it is refused. */
    static WorkspaceAddress nobodyListening() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        return onLoopback(port);
    }

    private static WorkspaceAddress onLoopback(int port) {
        try {
            return WorkspaceAddress.parse("http://127.0.0.1:" + port);
        } catch (InvalidWorkspaceAddressException e) {
            throw new IllegalStateException(e);
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        closing.countDown();
        trickles.shutdownNow();
        server.stop(0);
        threads.shutdownNow();
    }
}
