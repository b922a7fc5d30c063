package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One row of the groups table: the group as the server last described it, and whether a close or
 * reopen of it is on its way. Each new answer updates the row in place, so selection and focus stay put.
 */
public final class GroupRow {

    private final ReadOnlyObjectWrapper<PrivateGroup> group;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting");

    GroupRow(PrivateGroup group) {
        this.group = new ReadOnlyObjectWrapper<>(this, "group", group);
    }

    public PrivateGroup group() {
        return group.get();
    }

    public ReadOnlyObjectProperty<PrivateGroup> groupProperty() {
        return group.getReadOnlyProperty();
    }

    /** True while a close or reopen of this group runs: its button is disabled and shows a spinner. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** True while its close or reopen waits for the server's rate limit (it stays busy meanwhile). */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public boolean isWaiting() {
        return waiting.get();
    }

    public String id() {
        return group().id();
    }

    public String displayName() {
        return group().displayName();
    }

    public boolean isHidden() {
        return group().hidden();
    }

    void update(PrivateGroup latest) {
        group.set(latest);
    }

    void setBusy(boolean working) {
        busy.set(working);
        if (!working) {
            waiting.set(false);
        }
    }

    void setWaiting(boolean held) {
        waiting.set(held);
        if (held) {
            busy.set(true);
        }
    }

    @Override
    public String toString() {
        String state = isWaiting() ? ", waiting" : isBusy() ? ", busy" : "";
        return "GroupRow[" + displayName() + (isHidden() ? ", hidden" : "") + state + "]";
    }
}
