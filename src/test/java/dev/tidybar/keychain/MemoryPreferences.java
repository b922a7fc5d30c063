package dev.tidybar.keychain;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

/** A Java Preferences node in memory: what the app would write to the user's preferences, without the disk. */
public final class MemoryPreferences extends AbstractPreferences {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, MemoryPreferences> children = new HashMap<>();

    public MemoryPreferences() {
        this(null, "");
    }

    private MemoryPreferences(MemoryPreferences parent, String name) {
        super(parent, name);
    }

    /** Everything stored in this node, by key. */
    public Map<String, String> values() {
        synchronized (lock) {
            return Map.copyOf(values);
        }
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return children.keySet().toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return children.computeIfAbsent(name, child -> new MemoryPreferences(this, child));
    }

    @Override
    protected void syncSpi() {
        // nothing to read back: memory is the store
    }

    @Override
    protected void flushSpi() {
        // nothing to write: memory is the store
    }
}
