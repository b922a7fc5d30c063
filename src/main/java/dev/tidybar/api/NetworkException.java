package dev.tidybar.api;

/** No usable answer reached us: the connection failed before or while the server answered. */
public class NetworkException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    /** What failed, so the UI can say what to check. */
    public enum Kind { CONNECTION_REFUSED, TIMEOUT, UNKNOWN_HOST, TLS, CONNECTION_RESET, OTHER }

    private final Kind kind;
    private final String host;

    public NetworkException(String message, Kind kind, String host, Throwable cause) {
        super(message, 0, null, null, cause);
        this.kind = kind;
        this.host = host;
    }

    public Kind kind() {
        return kind;
    }

    /** The host we tried to reach. */
    public String host() {
        return host;
    }
}
