package dev.tidybar.keychain;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A keychain in memory, for the tests of what the app does with one (the real one is tested in
 * {@link SecretServiceKeychainTest}). It can be made to answer as a missing or a failing keychain does.
 */
public final class MemoryKeychain implements Keychain {

    private final Map<String, String> entries = new ConcurrentHashMap<>();
    private volatile KeychainUnavailableException.Reason missing;
    private volatile String refusal;

    /** A keeper on an empty keychain and preferences, for tests that keep nothing. */
    public static SessionKeeper emptyKeeper() {
        return new SessionKeeper(new MemoryKeychain(), new MemoryPreferences());
    }

    /** From now on every call answers as if no keychain were there, for this reason. */
    public void goAway(KeychainUnavailableException.Reason reason) {
        missing = reason;
    }

    /** From now on every call but the probe fails with these words, as a keychain that stays locked does. */
    public void refuse(String words) {
        refusal = words;
    }

    /** What is stored, by account name. */
    public Map<String, String> entries() {
        return Map.copyOf(entries);
    }

    @Override
    public void probe() throws KeychainException {
        if (missing != null) {
            throw new KeychainUnavailableException(missing, "no keychain (test)", null);
        }
    }

    @Override
    public void save(String account, String secret) throws KeychainException {
        answer();
        entries.put(account, secret);
    }

    @Override
    public Optional<String> read(String account) throws KeychainException {
        answer();
        return Optional.ofNullable(entries.get(account));
    }

    @Override
    public void forget(String account) throws KeychainException {
        answer();
        entries.remove(account);
    }

    private void answer() throws KeychainException {
        probe();
        if (refusal != null) {
            throw new KeychainException(refusal, null);
        }
    }
}
