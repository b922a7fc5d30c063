package dev.tidybar.fake;

import com.sun.net.httpserver.HttpExchange;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Rocket.Chat routes the fake answers, keyed by method and endpoint (the path after /api/v1/),
 * and the handler of the test controls under /_fake/ when a {@link FakeWorkspace.Extension} sets one.
 */
final class Routes {

    /** A route's action, called with the caller already authenticated when the route needs it. */
    @FunctionalInterface
    interface Handler {
        ApiResponse handle(ApiRequest request);
    }

    /** A registered route: {@code permission} is null when none is required. */
    record Route(String method, String endpoint, boolean authRequired, String permission, Handler handler) {

        /** Rocket.Chat's rate-limiter rule name, e.g. {@code /v1/groups.listget}. */
        String rateLimitKey() {
            return "/v1/" + endpoint + method.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Answers a request under /_fake/; it gets the whole exchange, since who may call depends on its addresses. */
    @FunctionalInterface
    interface ControlHandler {
        ApiResponse handle(HttpExchange exchange, String body);
    }

    private final Map<String, Route> routes = new HashMap<>();
    private ControlHandler controls;

    /** An authenticated route. */
    Routes add(String method, String endpoint, Handler handler) {
        return put(new Route(method, endpoint, true, null, handler));
    }

    /** An authenticated route that also needs a permission (403 without it). */
    Routes addWithPermission(String method, String endpoint, String permission, Handler handler) {
        return put(new Route(method, endpoint, true, permission, handler));
    }

    /** A route that needs no login. */
    Routes addPublic(String method, String endpoint, Handler handler) {
        return put(new Route(method, endpoint, false, null, handler));
    }

    /** Answers everything under /_fake/ with {@code handler}. */
    Routes controls(ControlHandler handler) {
        controls = handler;
        return this;
    }

    /** The test controls' handler; without one, a path under /_fake/ is as unknown as any other. */
    Optional<ControlHandler> controls() {
        return Optional.ofNullable(controls);
    }

    /** The route for this endpoint; {@code settings/E2E_Enable} finds a route registered as {@code settings/:_id}. */
    Route find(String method, String endpoint) {
        Route exact = routes.get(method + " " + endpoint);
        int slash = endpoint.indexOf('/');
        boolean oneParam = slash > 0 && slash < endpoint.length() - 1 && endpoint.indexOf('/', slash + 1) < 0;
        return exact != null || !oneParam ? exact : routes.get(method + " " + endpoint.substring(0, slash) + "/:_id");
    }

    private Routes put(Route route) {
        routes.put(route.method() + " " + route.endpoint(), route);
        return this;
    }
}
