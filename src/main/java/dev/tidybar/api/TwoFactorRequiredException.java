package dev.tidybar.api;

/** 401 {@code totp-required} at login: ask for a code and log in again with it. */
public class TwoFactorRequiredException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    /** Where the code comes from. */
    public enum Method { AUTHENTICATOR_APP, EMAIL }

    private final Method method;

    public TwoFactorRequiredException(String message, int httpStatus, String serverError, Method method) {
        super(message, httpStatus, serverError, null, null);
        this.method = method;
    }

    public Method method() {
        return method;
    }
}
