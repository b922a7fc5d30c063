package dev.tidybar.api;

/** 401 {@code totp-invalid} (or {@code totp-max-attempts}): the code was wrong; the user may try again. */
public class TwoFactorInvalidException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    private final TwoFactorRequiredException.Method method;

    public TwoFactorInvalidException(String message, int httpStatus, String serverError,
                                     TwoFactorRequiredException.Method method) {
        super(message, httpStatus, serverError, null, null);
        this.method = method;
    }

    public TwoFactorRequiredException.Method method() {
        return method;
    }
}
