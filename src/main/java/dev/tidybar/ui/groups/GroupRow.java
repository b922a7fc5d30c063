package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.ui.queue.JobState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the groups table: the group as the server last described it, where its close or
 * reopen is, why the last one failed, and whether the user selected it. Each new answer updates the
 * row in place, so the selection and the focus stay put.
 */
public final class GroupRow {

    private final ReadOnlyObjectWrapper<PrivateGroup> group;
    private final ReadOnlyObjectWrapper<JobState> job = new ReadOnlyObjectWrapper<>(this, "job");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final ReadOnlyBooleanWrapper selected = new ReadOnlyBooleanWrapper(this, "selected");

    GroupRow(PrivateGroup group) {
        this.group = new ReadOnlyObjectWrapper<>(this, "group", group);
    }

    public PrivateGroup group() {
        return group.get();
    }

    public ReadOnlyObjectProperty<PrivateGroup> groupProperty() {
        return group.getReadOnlyProperty();
    }

    /** Where this group's close or reopen is: waiting in the queue, or on the wire; null when it has none. */
    public ReadOnlyObjectProperty<JobState> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** True while a close or reopen of this group is pending: a second one is not queued. */
    public boolean isBusy() {
        return job.get() != null;
    }

    /** True while its close or reopen waits in the queue: pressing its button cancels it. */
    public boolean isWaiting() {
        return job.get() == JobState.WAITING;
    }

    /** Why this group's last close or reopen failed, in words; null unless it did. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public String failure() {
        return failure.get();
    }

    /** Ticked by the user for Close selected and Reopen selected; kept across sorting, filtering and refresh. */
    public ReadOnlyBooleanProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public boolean isSelected() {
        return selected.get();
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

    void setJob(JobState state) {
        job.set(state);
        if (state != null) {
            failure.set(null);
        }
    }

    void setFailure(String why) {
        failure.set(why);
    }

    void setSelected(boolean ticked) {
        selected.set(ticked);
    }

    @Override
    public String toString() {
        String state = job.get() == null ? "" : ", " + job.get().name().toLowerCase(java.util.Locale.ROOT);
        return "GroupRow[" + displayName() + (isHidden() ? ", hidden" : "") + state + "]";
    }
}
