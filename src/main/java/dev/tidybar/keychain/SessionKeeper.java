package dev.tidybar.keychain;

import dev.tidybar.api.InvalidWorkspaceAddressException;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Keeps one signed-in session for the next start. Its token goes into the keychain, under the
 * account "username@workspace" (for example {@code alex@https://chat.example.com}); the rest, nothing
 * secret, goes into a Java Preferences node, which also says the keychain entry's name. A password is
 * never kept: a password sign-in keeps the login token the server gave for it. Every method blocks on
 * the keychain: call them off the FX thread, one at a time.
 */
public final class SessionKeeper {

    private static final String WORKSPACE = "workspace";
    private static final String USER_ID = "userId";
    private static final String USERNAME = "username";
    private static final String DISPLAY_NAME = "displayName";
    private static final String PERSONAL_TOKEN = "personalToken";
    private static final String ENTRY = "keychainEntry";

    private final Keychain keychain;
    private final Preferences node;
    private final UnaryOperator<Session> comingBack;

    public SessionKeeper(Keychain keychain, Preferences node) {
        this(keychain, node, UnaryOperator.identity());
    }

    /** @param comingBack what a recalled session goes through first (the demo points it at this run's workspace) */
    public SessionKeeper(Keychain keychain, Preferences node, UnaryOperator<Session> comingBack) {
        this.keychain = keychain;
        this.node = node;
        this.comingBack = comingBack;
    }

    /** The keychain entry's account name for a user on a workspace. */
    public static String entryName(Session session) {
        return username(session) + "@" + session.workspace();
    }

    /** Whether a keychain answers: throws {@link KeychainUnavailableException} when none does. */
    public void probe() throws KeychainException {
        keychain.probe();
    }

    /**
     * The kept session, or empty, probing the keychain either way. An entry removed by hand (say with
     * {@code secret-tool clear}) leaves nothing kept.
     */
    public Optional<Session> recall() throws KeychainException {
        String entry = node.get(ENTRY, null);
        if (entry == null) {
            keychain.probe();
            return Optional.empty();
        }
        Optional<String> token = keychain.read(entry);
        Optional<WorkspaceAddress> workspace = workspace();
        String userId = node.get(USER_ID, null);
        if (token.isEmpty() || workspace.isEmpty() || userId == null) {
            forget();
            return Optional.empty();
        }
        String username = node.get(USERNAME, userId);
        return Optional.of(comingBack.apply(new Session(workspace.get(), userId, token.get(), username,
                node.get(DISPLAY_NAME, username), node.getBoolean(PERSONAL_TOKEN, false))));
    }

    /** Keeps {@code session} in place of whatever was kept before. */
    public void keep(Session session) throws KeychainException {
        String entry = entryName(session);
        String earlier = node.get(ENTRY, null);
        if (earlier != null && !earlier.equals(entry)) {
            keychain.forget(earlier);
        }
        keychain.save(entry, session.authToken());
        node.put(WORKSPACE, session.workspace().toString());
        node.put(USER_ID, session.userId());
        node.put(USERNAME, username(session));
        node.put(DISPLAY_NAME, session.displayName() != null ? session.displayName() : username(session));
        node.putBoolean(PERSONAL_TOKEN, session.personalToken());
        node.put(ENTRY, entry);
        flush();
    }

    /** Removes the kept session from the keychain and the preferences; nothing kept is fine. */
    public void forget() throws KeychainException {
        String entry = node.get(ENTRY, null);
        if (entry != null) {
            keychain.forget(entry);
        }
        for (String key : new String[] {ENTRY, WORKSPACE, USER_ID, USERNAME, DISPLAY_NAME, PERSONAL_TOKEN}) {
            node.remove(key);
        }
        flush();
    }

    private static String username(Session session) {
        return session.username() != null ? session.username() : session.userId();
    }

    private Optional<WorkspaceAddress> workspace() {
        try {
            return Optional.of(WorkspaceAddress.parse(node.get(WORKSPACE, "")));
        } catch (InvalidWorkspaceAddressException e) {
            return Optional.empty();
        }
    }

    /** At once, not at exit: an app that is killed still finds its kept session, or knows it is gone. */
    private void flush() throws KeychainException {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new KeychainException("Could not write the preferences: " + e.getMessage(), e);
        }
    }
}
