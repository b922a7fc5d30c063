package dev.tidybar.api;

/**
 * An answer that is not what a Rocket.Chat server sends: often the address points at something
 * else (a web page, a proxy's error page), or the answer was cut off.
 */
public class MalformedResponseException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    /** What was wrong with the answer. */
    public enum Kind { NOT_JSON, HTML_PAGE, TRUNCATED, TOO_LARGE, UNEXPECTED_SHAPE, NOT_FOUND }

    private final Kind kind;

    public MalformedResponseException(String message, Kind kind, int httpStatus, Throwable cause) {
        super(message, httpStatus, null, null, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
