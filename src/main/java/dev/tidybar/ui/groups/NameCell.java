package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.ui.common.UiText;
import java.util.ArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The group's display name, followed by markers for discussion, team, archived and read-only. */
final class NameCell extends TableCell<GroupRow, PrivateGroup> {

    private final UiText text;
    private final Label name = new Label();
    private final HBox content = new HBox(name);
    // a narrow column cuts long names short
    private final Tooltip fullName = new Tooltip();

    NameCell(UiText text) {
        this.text = text;
        content.getStyleClass().add("group-name");
        name.getStyleClass().add("group-name-text");
    }

    @Override
    protected void updateItem(PrivateGroup group, boolean empty) {
        super.updateItem(group, empty);
        if (empty || group == null) {
            setGraphic(null);
            setAccessibleText(null);
            setTooltip(null);
            return;
        }
        name.setText(group.displayName());
        fullName.setText(group.displayName());
        setTooltip(fullName);
        content.getChildren().setAll(name);
        var spoken = new ArrayList<String>();
        spoken.add(group.displayName());
        addMarker(group.discussion(), Feather.MESSAGE_CIRCLE, "groups.marker.discussion", spoken);
        addMarker(group.teamMain(), Feather.USERS, "groups.marker.team", spoken);
        addMarker(group.archived(), Feather.ARCHIVE, "groups.marker.archived", spoken);
        addMarker(group.readOnly(), Feather.EYE, "groups.marker.readOnly", spoken);
        setGraphic(content);
        setAccessibleText(String.join(", ", spoken));
    }

    private void addMarker(boolean applies, Ikon icon, String key, ArrayList<String> spoken) {
        if (!applies) {
            return;
        }
        var marker = new FontIcon(icon);
        marker.getStyleClass().add("group-marker");
        Tooltip.install(marker, new Tooltip(text.get(key)));
        content.getChildren().add(marker);
        spoken.add(text.get(key));
    }
}
