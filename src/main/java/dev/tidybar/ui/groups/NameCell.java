package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.UiText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
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
    private final HoverTooltip fullName = new HoverTooltip(this);
    /** Each marker made once per cell, when first needed: a cell shows group after group as the table scrolls. */
    private final Map<Ikon, FontIcon> markers = new HashMap<>();

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
            fullName.say(null);
            return;
        }
        name.setText(group.displayName());
        fullName.say(group.displayName());
        var shown = new ArrayList<Node>(List.of(name));
        var spoken = new ArrayList<String>(List.of(group.displayName()));
        addMarker(group.discussion(), Feather.MESSAGE_CIRCLE, "groups.marker.discussion", shown, spoken);
        addMarker(group.teamMain(), Feather.USERS, "groups.marker.team", shown, spoken);
        addMarker(group.archived(), Feather.ARCHIVE, "groups.marker.archived", shown, spoken);
        addMarker(group.readOnly(), Feather.EYE, "groups.marker.readOnly", shown, spoken);
        // unchanged markers stay put: taken out and put back, each would have its CSS redone
        if (!content.getChildren().equals(shown)) {
            content.getChildren().setAll(shown);
        }
        setGraphic(content);
        setAccessibleText(String.join(", ", spoken));
    }

    private void addMarker(boolean applies, Ikon icon, String key, List<Node> shown, List<String> spoken) {
        if (!applies) {
            return;
        }
        shown.add(markers.computeIfAbsent(icon, made -> {
            var marker = new FontIcon(made);
            marker.getStyleClass().add("group-marker");
            Tooltip.install(marker, new Tooltip(text.get(key)));
            return marker;
        }));
        spoken.add(text.get(key));
    }
}
