package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * The fault matrix's rows where an answer arrives but is not the one the call needs: a server
 * error, a proxy's HTML page, JSON that is broken, cut short or missing, and a 401.
 */
enum AnswerFault implements CallFault {

    SERVER_ERROR("500", 500, endpoint -> "{\"success\":false,\"error\":\"Internal server error\"}",
            endpoint -> serverError(500, "Internal server error")),
    HTML_BAD_GATEWAY("HTML 502 from nginx", 502, endpoint -> Bodies.NGINX_502,
            endpoint -> serverError(502, "502 Bad Gateway")),
    MALFORMED_JSON("malformed JSON", 200, endpoint -> endpoint.goodAnswer().replaceFirst(":", " "),
            endpoint -> unreadable(endpoint, MalformedResponseException.Kind.NOT_JSON)),
    TRUNCATED_JSON("truncated JSON", 200,
            endpoint -> endpoint.goodAnswer().substring(0, endpoint.goodAnswer().length() / 2),
            endpoint -> endpoint.readsItsAnswer() ? Expected.cutShort() : null),
    EMPTY("an empty 200", 200, endpoint -> "",
            endpoint -> unreadable(endpoint, MalformedResponseException.Kind.NOT_JSON)),
    // contract §1.3 for a sign-in, §3 for a token no longer valid
    UNAUTHORIZED("401", 401,
            endpoint -> endpoint == EndpointCall.LOGIN ? "{\"status\":\"error\",\"message\":\"Unauthorized\"}"
                    : "{\"success\":false,\"error\":\"You must be logged in to do this.\",\"status\":\"error\","
                            + "\"message\":\"You must be logged in to do this.\"}",
            endpoint -> Expected.of(endpoint.signsIn() ? WrongCredentialsException.class : NotLoggedInException.class,
                    null, 401));

    private final String label;
    private final int status;
    private final Function<EndpointCall, String> body;
    private final Function<EndpointCall, Expected> expected;

    AnswerFault(String label, int status, Function<EndpointCall, String> body,
                Function<EndpointCall, Expected> expected) {
        this.label = label;
        this.status = status;
        this.body = body;
        this.expected = expected;
    }

    @Override
    public void install(LoopbackServer server, EndpointCall endpoint, Clock clock) {
        String answer = body.apply(endpoint);
        server.answer(endpoint.path(), status, answer.startsWith("<") ? "text/html" : "application/json", answer,
                Map.of());
    }

    @Override
    public Expected expected(EndpointCall endpoint) {
        return expected.apply(endpoint);
    }

    @Override
    public String toString() {
        return label;
    }

    /** A server error keeps the server's words (from an HTML page, its title) and says its status. */
    private static Expected serverError(int status, String words) {
        return Expected.of(ServerErrorException.class, null, status,
                failure -> assertThat(failure.serverError()).isEqualTo(words), "HTTP " + status);
    }

    /** A 200 the call cannot read; logout never reads its answer, so for it any 200 means done. */
    private static Expected unreadable(EndpointCall endpoint, MalformedResponseException.Kind kind) {
        return endpoint.readsItsAnswer() ? Expected.of(MalformedResponseException.class, kind, 200) : null;
    }

    /** An enum constant cannot refer to its own enum's static fields. */
    private static final class Bodies {
        /** What nginx sends when Rocket.Chat behind it is down. */
        static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n"
                + "</html>\r\n";
    }
}
