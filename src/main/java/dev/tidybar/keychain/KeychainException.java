package dev.tidybar.keychain;

/** The keychain refused or failed a read, save or removal; the message is the keychain's own words. */
public class KeychainException extends Exception {

    private static final long serialVersionUID = 1L;

    public KeychainException(String message, Throwable cause) {
        super(message, cause);
    }
}
