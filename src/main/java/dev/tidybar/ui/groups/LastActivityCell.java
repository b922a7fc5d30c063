package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.ui.common.UiText;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** When the group last saw activity, relative ("3 days ago"), with the exact time in the tooltip. */
final class LastActivityCell extends TableCell<GroupRow, PrivateGroup> {

    private final UiText text;
    private final RelativeTime time;
    private final Tooltip tooltip = new Tooltip();

    LastActivityCell(UiText text, RelativeTime time) {
        this.text = text;
        this.time = time;
    }

    @Override
    protected void updateItem(PrivateGroup group, boolean empty) {
        super.updateItem(group, empty);
        if (empty || group == null || !group.hasDetails()) {
            // not read from groups.list yet: blank, not "No activity", which would be a claim
            setText(null);
            setTooltip(null);
        } else if (group.lastActivity() == null) {
            setText(text.get("groups.lastActivity.never"));
            setTooltip(null);
        } else {
            setText(time.ago(group.lastActivity()));
            tooltip.setText(time.exact(group.lastActivity()));
            setTooltip(tooltip);
        }
    }
}
