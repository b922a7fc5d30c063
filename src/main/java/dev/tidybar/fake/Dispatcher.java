package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every HTTP exchange enters here: test controls under {@code /_fake/} (when the workspace has
 * them), Rocket.Chat routes under {@code /api/v1/}, and Hono's plain-text 404 for anything else.
 * For a route it applies, in Rocket.Chat's order, authentication (401), permission (403), rate
 * limit (429), then the action.
 */
final class Dispatcher implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
    private static final String API_PREFIX = "/api/v1/";
    /** Where the test controls are, when the workspace has them. */
    static final String CONTROL_PREFIX = "/_fake/";

    /** Thrown to make the server drop the connection without answering. */
    private static final class DropConnection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DropConnection() {
            super("injected connection reset", null, false, false);
        }
    }

    private final FakeState state;
    private final Routes routes;
    private final RateLimiter rateLimiter;
    private final FaultPlan faults;
    private final RequestLog log;

    Dispatcher(FakeState state, Routes routes, RateLimiter rateLimiter, FaultPlan faults, RequestLog log) {
        this.state = state;
        this.routes = routes;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath();
        Optional<Routes.ControlHandler> controls = path.startsWith(CONTROL_PREFIX) ? routes.controls()
                : Optional.empty();
        send(exchange, controls.map(handler -> handler.handle(exchange, body))
                .orElseGet(() -> answerApi(exchange, path, body)));
    }

    private ApiResponse answerApi(HttpExchange exchange, String path, String body) {
        String method = exchange.getRequestMethod();
        String endpoint = path.startsWith(API_PREFIX) ? decodePath(path.substring(API_PREFIX.length())) : path;
        Map<String, String> query = Forms.pairs(exchange.getRequestURI().getRawQuery());
        Headers headers = exchange.getRequestHeaders();
        log.add(new ReceivedRequest(method, endpoint, query, body, headers.getFirst("X-Auth-Token"),
                headers.getFirst("X-User-Id")));
        pause(faults.latency());
        Optional<Fault> fault = faults.next(endpoint);
        if (fault.isPresent() && fault.get().kind() != Fault.Kind.DELAY) {
            return faultAnswer(fault.get());
        }
        fault.ifPresent(delay -> pause(delay.duration()));
        Routes.Route route = path.startsWith(API_PREFIX) ? routes.find(method, endpoint) : null;
        if (route == null) {
            return ApiResponse.routeNotFound();
        }
        ApiRequest request = new ApiRequest(method, endpoint, query, headers,
                parseBody(headers.getFirst("Content-Type"), body),
                exchange.getRemoteAddress().getAddress().getHostAddress());
        try {
            return withApiHeaders(state.locked(() -> run(route, request)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "fake workspace failed on " + method + " " + endpoint, e);
            return withApiHeaders(internalError());
        }
    }

    private ApiResponse run(Routes.Route route, ApiRequest request) {
        if (route.authRequired()) {
            String token = request.header("X-Auth-Token");
            FakeUser user = state.userForToken(token, request.header("X-User-Id"));
            if (user == null) {
                return ApiResponse.notLoggedIn();
            }
            request.authenticate(user, token);
            if (route.permission() != null && !state.grants().allows(user, route.permission())) {
                return ApiResponse.forbidden();
            }
        }
        boolean exempt = request.caller() != null && state.grants().allows(request.caller(), "api-bypass-rate-limit");
        RateLimiter.Decision decision = exempt ? null
                : rateLimiter.count(request.remoteAddress(), route.rateLimitKey(), state.now());
        if (decision != null && !decision.allowed()) {
            return decision.tooManyRequests();
        }
        ApiResponse response;
        try {
            response = route.handler().handle(request);
        } catch (RouteFailure failure) {
            response = failure.response();
        }
        return decision == null ? response : decision.withHeaders(response);
    }

    private ApiResponse faultAnswer(Fault fault) {
        switch (fault.kind()) {
            case SERVER_ERROR:
                return withApiHeaders(internalError());
            case HTML_BAD_GATEWAY:
                return ApiResponse.raw(502, "text/html", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                        + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                        + "</body>\r\n</html>\r\n");
            case MALFORMED_JSON:
                return withApiHeaders(ApiResponse.raw(200, ApiResponse.JSON, "{\"success\":true,\"groups\":[{\"_id\":"));
            case TOO_MANY_REQUESTS:
                return withApiHeaders(rateLimiter.refused(state.now(), fault.duration()).tooManyRequests());
            case FORBIDDEN:
                return withApiHeaders(ApiResponse.forbidden());
            case INVALID_DATE:
                return withApiHeaders(ApiResponse.thrown("error-roomId-param-invalid",
                        "The \"lastUpdate\" query parameter must be a valid date.", null));
            default:
                throw new DropConnection();
        }
    }

    private static ApiResponse internalError() {
        return ApiResponse.failure(500, "Internal server error");
    }

    /** Rocket.Chat's body parsing: JSON (malformed means empty), form fields, anything else empty. */
    static ObjectNode parseBody(String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("application/json")) {
            return Json.parseObject(body);
        }
        if (type.contains("application/x-www-form-urlencoded")) {
            return Forms.parse(body);
        }
        return Json.object();
    }

    private static ApiResponse withApiHeaders(ApiResponse response) {
        return response.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    }

    private static String decodePath(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        response.headers().forEach(headers::set);
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
