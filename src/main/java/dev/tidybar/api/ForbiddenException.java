package dev.tidybar.api;

/** 403: the user lacks a permission the call needs. */
public class ForbiddenException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message, int httpStatus, String serverError, String serverErrorType) {
        super(message, httpStatus, serverError, serverErrorType, null);
    }
}
