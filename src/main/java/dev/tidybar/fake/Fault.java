package dev.tidybar.fake;

import java.time.Duration;
import java.util.Objects;

/** A failure the fake puts in place of a route's next answer (see {@link FakeWorkspace#injectFault}). */
public final class Fault {

    /** What goes wrong. */
    public enum Kind {
        SERVER_ERROR, HTML_BAD_GATEWAY, MALFORMED_JSON, CONNECTION_RESET, DELAY, TOO_MANY_REQUESTS, FORBIDDEN,
        INVALID_DATE
    }

    private final Kind kind;
    private final Duration duration;

    private Fault(Kind kind, Duration duration) {
        this.kind = kind;
        this.duration = Objects.requireNonNull(duration, "duration");
    }

    /** 500 {@code {"success":false,"error":"Internal server error"}}. */
    public static Fault serverError() {
        return new Fault(Kind.SERVER_ERROR, Duration.ZERO);
    }

    /** 502 with nginx's HTML error page, as a reverse proxy answers when Rocket.Chat is down. */
    public static Fault htmlBadGateway() {
        return new Fault(Kind.HTML_BAD_GATEWAY, Duration.ZERO);
    }

    /** 200 labelled application/json whose body is cut off mid-object. */
    public static Fault malformedJson() {
        return new Fault(Kind.MALFORMED_JSON, Duration.ZERO);
    }

    /** The connection is closed without any answer. */
    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET, Duration.ZERO);
    }

    /** The real answer, after a pause. */
    public static Fault delay(Duration pause) {
        return new Fault(Kind.DELAY, pause);
    }

    /** The rate limiter's 429, with its headers, resetting after {@code resetIn}. */
    public static Fault tooManyRequests(Duration resetIn) {
        return new Fault(Kind.TOO_MANY_REQUESTS, resetIn);
    }

    /**
     * The permission middleware's 403, as when an admin takes away a permission the route needs
     * (groups.close needs none by default, so only a changed role setup answers this).
     */
    public static Fault forbidden() {
        return new Fault(Kind.FORBIDDEN, Duration.ZERO);
    }

    /**
     * subscriptions.get's 400 for an {@code updatedSince} it cannot read (contract §6): how a server
     * rejects a delta, so the client must read everything again.
     */
    public static Fault invalidDate() {
        return new Fault(Kind.INVALID_DATE, Duration.ZERO);
    }

    public Kind kind() {
        return kind;
    }

    /** The pause of a delay, or the time to reset of a 429; zero for the others. */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return duration.isZero() ? kind.toString() : kind + " " + duration.toMillis() + " ms";
    }
}
