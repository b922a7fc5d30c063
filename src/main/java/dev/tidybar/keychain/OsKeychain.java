package dev.tidybar.keychain;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.freedesktop.dbus.exceptions.AddressResolvingException;

/**
 * The system keychain through java-keyring, with every entry under the service name {@value #SERVICE}.
 * Each call opens the keychain and closes it again: calls are rare (start, sign-in, log out), and a
 * keychain daemon restarted in the meantime is found again.
 */
public final class OsKeychain implements Keychain {

    /** The service name of every entry: {@code secret-tool search service Tidybar} lists them on Linux. */
    public static final String SERVICE = "Tidybar";

    private static final System.Logger LOG = System.getLogger(OsKeychain.class.getName());

    /**
     * java-keyring 1.0.4 reports a missing entry only in words: these are its Secret Service and macOS
     * words, and Windows' ERROR_NOT_FOUND.
     */
    private static final List<String> NOT_FOUND = List.of("No stored credentials match", "Error code 1168");

    private final KeyringStorageType backend;

    private OsKeychain(KeyringStorageType backend) {
        this.backend = backend;
    }

    /**
     * The keychain of the OS this runs on, named rather than searched for: java-keyring's search would
     * load JNA on Linux, where the Secret Service needs none, and would hide why the one that counts failed.
     */
    public static OsKeychain forThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return new OsKeychain(os.contains("mac") ? KeyringStorageType.OSX_KEYCHAIN
                : os.contains("win") ? KeyringStorageType.WINDOWS_CREDENTIAL_STORE : KeyringStorageType.GNOME_KEYRING);
    }

    @Override
    public void probe() throws KeychainException {
        use(keyring -> null);
    }

    @Override
    public void save(String account, String secret) throws KeychainException {
        use(keyring -> {
            keyring.setPassword(SERVICE, account, secret);
            return null;
        });
    }

    @Override
    public Optional<String> read(String account) throws KeychainException {
        return use(keyring -> {
            try {
                return Optional.of(keyring.getPassword(SERVICE, account));
            } catch (PasswordAccessException e) {
                if (notFound(e)) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public void forget(String account) throws KeychainException {
        use(keyring -> {
            try {
                keyring.deletePassword(SERVICE, account);
            } catch (PasswordAccessException e) {
                if (!notFound(e)) {
                    throw e;
                }
            }
            return null;
        });
    }

    private interface KeyringCall<T> {
        T call(Keyring keyring) throws PasswordAccessException;
    }

    /** Opens the keychain, makes the call, closes it; whatever goes wrong becomes a {@link KeychainException}. */
    private <T> T use(KeyringCall<T> call) throws KeychainException {
        Keyring keyring = open();
        try {
            return call.call(keyring);
        } catch (PasswordAccessException e) {
            throw new KeychainException(e.getMessage(), e);
        } catch (RuntimeException e) {
            // The Secret Service code under java-keyring throws unchecked exceptions, such as a
            // NullPointerException when saving into a collection that stayed locked.
            throw new KeychainException(e.toString(), e);
        } finally {
            close(keyring);
        }
    }

    private Keyring open() throws KeychainUnavailableException {
        try {
            return Keyring.create(backend);
        } catch (BackendNotSupportedException | RuntimeException e) {
            Throwable deepest = deepest(e);
            LOG.log(System.Logger.Level.INFO, "No keychain: {0}", deepest.toString());
            throw new KeychainUnavailableException(reason(e), String.valueOf(deepest.getMessage()), e);
        }
    }

    private KeychainUnavailableException.Reason reason(Exception failure) {
        if (backend != KeyringStorageType.GNOME_KEYRING) {
            return KeychainUnavailableException.Reason.OTHER;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AddressResolvingException) {
                return KeychainUnavailableException.Reason.NO_SESSION_BUS;
            }
        }
        return KeychainUnavailableException.Reason.NO_SECRET_SERVICE;
    }

    private static Throwable deepest(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        return deepest;
    }

    private static boolean notFound(PasswordAccessException failure) {
        String message = String.valueOf(failure.getMessage());
        return NOT_FOUND.stream().anyMatch(message::startsWith);
    }

    private static void close(Keyring keyring) {
        try {
            keyring.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Could not close the keychain connection", e);
        }
    }
}
