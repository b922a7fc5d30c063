package dev.tidybar.api;

/** A 5xx answer: the server (or a proxy in front of it) failed. */
public class ServerErrorException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    public ServerErrorException(String message, int httpStatus, String serverError, String serverErrorType) {
        super(message, httpStatus, serverError, serverErrorType, null);
    }
}
