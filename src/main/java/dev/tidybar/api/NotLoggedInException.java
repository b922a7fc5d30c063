package dev.tidybar.api;

/** 401 on an authenticated call: the session ended (signed out elsewhere, expired or revoked). */
public class NotLoggedInException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    public NotLoggedInException(String message, int httpStatus, String serverError, String serverErrorType) {
        super(message, httpStatus, serverError, serverErrorType, null);
    }
}
