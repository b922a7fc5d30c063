package dev.tidybar.api;

/** 401 at login after too many failed attempts; the server unblocks after a few minutes. */
public class LoginBlockedException extends RocketChatException {

    private static final long serialVersionUID = 1L;

    private final boolean blockedByIp;

    public LoginBlockedException(String message, int httpStatus, String serverError, boolean blockedByIp) {
        super(message, httpStatus, serverError, null, null);
        this.blockedByIp = blockedByIp;
    }

    /** True when the whole address is blocked ({@code error-login-blocked-for-ip}), false when only this user is. */
    public boolean blockedByIp() {
        return blockedByIp;
    }
}
