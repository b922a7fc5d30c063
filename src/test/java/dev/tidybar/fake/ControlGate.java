package dev.tidybar.fake;

import com.sun.net.httpserver.HttpExchange;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may use the test controls under {@code /_fake/}: programs on this machine, not web pages.
 * The controls reset the workspace and show what clients sent, and a browser on this machine can
 * reach the fake too. Any page may POST a {@code text/plain} or form body to 127.0.0.1 without
 * asking first (no CORS preflight), and a page whose own name is made to resolve to 127.0.0.1
 * (DNS rebinding) may even read the answers. So a request must come from loopback, be addressed to
 * this machine by its Host header (a rebound page sends its own name), and send its data as
 * {@code application/json}, which a page may only send after a preflight this server never approves.
 * The Rocket.Chat routes do not pass through here: they take forms and any Host, as the real server does.
 */
final class ControlGate {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    /** Methods whose request carries data; a browser sends a bodiless POST with no content type at all. */
    private static final Set<String> METHODS_WITH_DATA = Set.of("POST", "PUT", "PATCH");

    private ControlGate() {
    }

    /** The answer that refuses this request, or empty when it may reach the controls. */
    static Optional<ApiResponse> refusal(HttpExchange exchange, String body) {
        if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
            return Optional.of(ApiResponse.failure(403, "Test controls answer loopback callers only"));
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        int port = exchange.getLocalAddress().getPort();
        if (!isLoopbackHost(host, port)) {
            return Optional.of(ApiResponse.failure(403, "Test controls answer only requests addressed to "
                    + "127.0.0.1, localhost or [::1] (port " + port + " or none), not to "
                    + (host == null ? "no Host" : "Host " + host)));
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        boolean sendsData = METHODS_WITH_DATA.contains(exchange.getRequestMethod()) || !body.isEmpty();
        if (sendsData && !isJson(contentType)) {
            return Optional.of(ApiResponse.failure(415, "Test controls take only Content-Type: application/json, not "
                    + (contentType == null ? "none" : contentType)));
        }
        return Optional.empty();
    }

    /** {@code 127.0.0.1}, {@code localhost} or {@code [::1]}, bare or with the port this server listens on. */
    static boolean isLoopbackHost(String host, int port) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        String portSuffix = ":" + port;
        if (name.endsWith(portSuffix)) {
            name = name.substring(0, name.length() - portSuffix.length());
        }
        return LOOPBACK_NAMES.contains(name);
    }

    /** {@code application/json}, with or without parameters such as {@code ; charset=utf-8}. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return mediaType.strip().equalsIgnoreCase(ApiResponse.JSON);
    }
}
