package dev.tidybar.api;

/** A 400 answer that no more specific type covers. */
public class BadRequestException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String message, int httpStatus, String serverError, String serverErrorType) {
        super(message, httpStatus, serverError, serverErrorType, null);
    }
}
