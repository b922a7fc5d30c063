package dev.tidybar.api;

/**
 * Any failed call. Each kind of failure is its own subclass, so the UI can tell them apart, and
 * each keeps the server's own words and the HTTP status for a "Details" view. Messages never hold
 * a token or a password.
 */
public abstract class RocketChatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String serverError;
    private final String serverErrorType;

    protected RocketChatException(String message, int httpStatus, String serverError, String serverErrorType,
                                  Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.serverError = serverError;
        this.serverErrorType = serverErrorType;
    }

    /** The HTTP status of the answer, or 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The server's {@code error} field (or {@code message} when it sent only that), or null. */
    public String serverError() {
        return serverError;
    }

    /** The server's {@code errorType} field, or null. */
    public String serverErrorType() {
        return serverErrorType;
    }
}
