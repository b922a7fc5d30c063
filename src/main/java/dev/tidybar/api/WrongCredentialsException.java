package dev.tidybar.api;

/** 401 at login: the username, email, password or personal token is wrong (the server does not say which). */
public class WrongCredentialsException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    public WrongCredentialsException(String message, int httpStatus, String serverError, String serverErrorType) {
        super(message, httpStatus, serverError, serverErrorType, null);
    }
}
