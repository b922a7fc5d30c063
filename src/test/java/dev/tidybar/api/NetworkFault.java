package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * The fault matrix's network rows: nothing listens, the server says nothing, it trickles past the
 * call's whole deadline, it hangs up before answering, or in the middle of the body.
 */
enum NetworkFault implements CallFault {

    CONNECTION_REFUSED("connection refused", (server, endpoint) -> { }, SETTINGS,
            NetworkException.Kind.CONNECTION_REFUSED, Duration.ZERO) {
        @Override
        public WorkspaceAddress workspace(LoopbackServer server) throws IOException {
            return LoopbackServer.nobodyListening();
        }
    },
    SILENT("silent past the response timeout", (server, endpoint) -> server.silent(endpoint.path()),
            SETTINGS.withResponseTimeout(Limits.RESPONSE_TIMEOUT), NetworkException.Kind.TIMEOUT,
            Limits.RESPONSE_TIMEOUT),
    TRICKLING("trickling past the call's deadline", (server, endpoint) -> server.trickle(endpoint.path(), Limits.TRICKLE),
            SETTINGS.withDeadline(Limits.DEADLINE), NetworkException.Kind.TIMEOUT, Limits.DEADLINE),
    HUNG_UP("closed before any answer", (server, endpoint) -> server.hangUp(endpoint.path()), SETTINGS,
            NetworkException.Kind.CONNECTION_RESET, Duration.ZERO),
    // the answer began, so it is an answer cut short, not a connection that failed
    CUT_OFF_MID_BODY("closed in the middle of the body",
            (server, endpoint) -> server.cutOff(endpoint.path(), endpoint.goodAnswer()), SETTINGS,
            MalformedResponseException.Kind.TRUNCATED, Duration.ZERO);

    private final String label;
    private final BiConsumer<LoopbackServer, EndpointCall> setup;
    private final ClientSettings settings;
    private final Enum<?> kind;
    private final Duration timeLimit;

    NetworkFault(String label, BiConsumer<LoopbackServer, EndpointCall> setup, ClientSettings settings, Enum<?> kind,
                 Duration timeLimit) {
        this.label = label;
        this.setup = setup;
        this.settings = settings;
        this.kind = kind;
        this.timeLimit = timeLimit;
    }

    @Override
    public void install(LoopbackServer server, EndpointCall endpoint, Clock clock) {
        setup.accept(server, endpoint);
    }

    @Override
    public ClientSettings settings() {
        return settings;
    }

    /** A network failure names the host and the call, and how long a call that timed out was given. */
    @Override
    public Expected expected(EndpointCall endpoint) {
        if (!(kind instanceof NetworkException.Kind)) {
            return Expected.cutShort();
        }
        return Expected.of(NetworkException.class, kind, 0, failure -> {
            assertThat(failure.host()).isEqualTo("127.0.0.1");
            assertThat(failure.endpoint()).isEqualTo(endpoint.route());
            assertThat(failure.timeLimit()).isEqualTo(timeLimit);
        }, "127.0.0.1");
    }

    @Override
    public String toString() {
        return label;
    }

    /** Short, for speed; an enum constant cannot refer to its own enum's static fields. */
    private static final class Limits {
        static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(250);
        static final Duration DEADLINE = Duration.ofMillis(500);
        /** Far more often than the socket timeout, so only the deadline can end a trickle. */
        static final Duration TRICKLE = Duration.ofMillis(50);
    }
}
