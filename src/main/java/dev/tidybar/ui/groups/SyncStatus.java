package dev.tidybar.ui.groups;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Reading the list as the groups screen shows it: loading, the room columns filling in, and their
 * waits for the rate limit, on the progress line beside Refresh.
 */
public final class SyncStatus {

    private final ListSync sync;
    private final SyncProgress progress;

    SyncStatus(ListSync sync, SyncProgress progress) {
        this.sync = sync;
        this.progress = progress;
    }

    /** True while the whole list is read (at sign-in, or after the server rejected a delta). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return sync.loading.getReadOnlyProperty();
    }

    /** True once a load has succeeded. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return sync.loaded.getReadOnlyProperty();
    }

    /**
     * True while a rate limit too long for the client to wait out holds the next load back: the
     * progress area counts down, and Refresh waits for it too.
     */
    public ReadOnlyBooleanProperty waitingToLoadProperty() {
        return sync.waitingToLoad.getReadOnlyProperty();
    }

    /** True while the progress line has something to say: loading, filling in the room columns, or a wait. */
    public ReadOnlyBooleanProperty progressShownProperty() {
        return progress.shown.getReadOnlyProperty();
    }

    /** From 0 to 1 while filling in; negative (a busy bar) while there is nothing to count. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return progress.fraction.getReadOnlyProperty();
    }

    /** "Loading your groups…", then "Topics and members: 300 of 1,200", and any wait for the rate limit. */
    public ReadOnlyStringProperty loadProgressTextProperty() {
        return progress.words.getReadOnlyProperty();
    }

    /** The progress line whole, with the time a wait ends: for a line the window cuts short. */
    public ReadOnlyStringProperty loadProgressDetailsProperty() {
        return progress.wholeWords.getReadOnlyProperty();
    }
}
