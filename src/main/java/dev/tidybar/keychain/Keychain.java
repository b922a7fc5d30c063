package dev.tidybar.keychain;

import java.util.Optional;

/**
 * The system's store of secrets, by account name: the Secret Service on Linux, the Keychain on macOS,
 * Credential Manager on Windows. Every method blocks, possibly while the system asks the user to
 * unlock the store, so call it off the FX thread.
 */
public interface Keychain {

    /** Whether a keychain answers at all: throws {@link KeychainUnavailableException} when none does. */
    void probe() throws KeychainException;

    /** Stores {@code secret} under {@code account}, replacing what was there. */
    void save(String account, String secret) throws KeychainException;

    /** The secret stored under {@code account}, or empty when there is none. */
    Optional<String> read(String account) throws KeychainException;

    /** Removes the entry; one that is not there counts as forgotten. */
    void forget(String account) throws KeychainException;
}
