package dev.tidybar.api;

/**
 * An answer that is not what a Rocket.Chat server sends: often the address points at something
 * else (a web page, a proxy's error page), or the answer was cut off.
 */
public class MalformedResponseException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    /** What was wrong with the answer. */
    public enum Kind { NOT_JSON, HTML_PAGE, TRUNCATED, TOO_LARGE, UNEXPECTED_SHAPE, NOT_FOUND, REDIRECTED_AWAY }

    private final Kind kind;
    private final String elsewhere;

    public MalformedResponseException(String message, Kind kind, int httpStatus, Throwable cause) {
        this(message, kind, httpStatus, cause, null);
    }

    /** @param elsewhere for {@link Kind#REDIRECTED_AWAY}, the origin the server sent the call to */
    public MalformedResponseException(String message, Kind kind, int httpStatus, Throwable cause, String elsewhere) {
        super(message, httpStatus, null, null, cause);
        this.kind = kind;
        this.elsewhere = elsewhere;
    }

    public Kind kind() {
        return kind;
    }

    /** The other site a redirect pointed to, as {@code https://host:port}; null for the other kinds. */
    public String elsewhere() {
        return elsewhere;
    }
}
