package dev.tidybar.api;

import java.time.Duration;

/** No usable answer reached us: the connection failed before or while the server answered. */
public class NetworkException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    /** What failed, so the UI can say what to check. */
    public enum Kind { CONNECTION_REFUSED, TIMEOUT, UNKNOWN_HOST, TLS, CONNECTION_RESET, OTHER }

    private final Kind kind;
    private final String host;
    private final String endpoint;
    private final Duration timeLimit;

    /**
     * @param endpoint  the call that failed, as in {@code groups.close}
     * @param timeLimit for a {@link Kind#TIMEOUT}, the time it was given; zero for the other kinds
     */
    public NetworkException(String message, Kind kind, String host, String endpoint, Duration timeLimit,
                            Throwable cause) {
        super(message, 0, null, null, cause);
        this.kind = kind;
        this.host = host;
        this.endpoint = endpoint;
        this.timeLimit = timeLimit;
    }

    public Kind kind() {
        return kind;
    }

    /** The host we tried to reach. */
    public String host() {
        return host;
    }

    /** The call that failed, as in {@code groups.close}: the screens name it when it took too long. */
    public String endpoint() {
        return endpoint;
    }

    /** How long a call that timed out was given: its whole deadline, or the silence allowed between bytes. */
    public Duration timeLimit() {
        return timeLimit;
    }
}
