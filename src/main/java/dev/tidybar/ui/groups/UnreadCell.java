package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.UiText;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Unread messages as a badge, and mentions of the user as a second, stronger one ("@2"). */
final class UnreadCell extends TableCell<GroupRow, PrivateGroup> {

    private final UiText text;
    private final Label unread = new Label();
    private final Label mentions = new Label();
    private final HBox badges = new HBox(unread, mentions);
    private final HoverTooltip tooltip = new HoverTooltip(this);

    UnreadCell(UiText text) {
        this.text = text;
        unread.getStyleClass().add("unread-badge");
        mentions.getStyleClass().add("mention-badge");
        badges.getStyleClass().add("unread-badges");
        // a badge shows its number or nothing: "…" in a badge told the user nothing
        unread.setMinWidth(Region.USE_PREF_SIZE);
        mentions.setMinWidth(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(PrivateGroup group, boolean empty) {
        super.updateItem(group, empty);
        if (empty || group == null || group.unread() == 0 && group.mentions() == 0) {
            setGraphic(null);
            tooltip.say(null);
            setAccessibleText(null);
            return;
        }
        unread.setText(Integer.toString(group.unread()));
        unread.setVisible(group.unread() > 0);
        unread.setManaged(group.unread() > 0);
        mentions.setText("@" + group.mentions());
        mentions.setVisible(group.mentions() > 0);
        mentions.setManaged(group.mentions() > 0);
        tooltip.say(text.format("groups.unread.tooltip", group.unread(), group.mentions()));
        setAccessibleText(group.mentions() > 0
                ? text.format("groups.unread.mentions.accessible", group.unread(), group.mentions())
                : text.format("groups.unread.accessible", group.unread()));
        setGraphic(badges);
    }
}
