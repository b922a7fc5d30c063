package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.UiText;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** When the group last saw activity, relative ("3 days ago"), with the exact time in the tooltip. */
final class LastActivityCell extends TableCell<GroupRow, PrivateGroup> {

    private final UiText text;
    private final RelativeTime time;
    private final HoverTooltip tooltip = new HoverTooltip(this);
    private final Tooltip pending;

    /** {@code pending}: the tooltip of a cell whose room has not been read yet, shared by the table's cells. */
    LastActivityCell(UiText text, RelativeTime time, Tooltip pending) {
        this.text = text;
        this.time = time;
        this.pending = pending;
    }

    @Override
    protected void updateItem(PrivateGroup group, boolean empty) {
        super.updateItem(group, empty);
        boolean waiting = !empty && group != null && !group.hasDetails();
        pseudoClassStateChanged(GroupsTable.PENDING, waiting);
        if (empty || group == null) {
            setText(null);
            tooltip.say(null);
        } else if (waiting) {
            // not read from groups.list yet: "…", not "No activity", which would be a claim
            setText(text.get("groups.cell.pending"));
            tooltip.sayInstead(pending);
        } else if (group.lastActivity() == null) {
            setText(text.get("groups.lastActivity.never"));
            tooltip.say(null);
        } else {
            setText(time.ago(group.lastActivity()));
            tooltip.say(time.exact(group.lastActivity()));
        }
    }
}
