package dev.tidybar.keychain;

/** No keychain answered, so nothing can be kept: Tidybar then offers no "Keep me signed in" at all. */
public final class KeychainUnavailableException extends KeychainException {

    private static final long serialVersionUID = 1L;

    /** Why no keychain answered, as far as it can be told. */
    public enum Reason {
        /** Linux: no D-Bus session bus to reach a Secret Service through (a bare console, SSH, CI). */
        NO_SESSION_BUS,
        /** Linux: a session bus, but no Secret Service (GNOME Keyring, KWallet, KeePassXC) on it. */
        NO_SECRET_SERVICE,
        /** The macOS Keychain or Windows Credential Manager could not be opened; the message says why. */
        OTHER
    }

    private final Reason reason;

    public KeychainUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
