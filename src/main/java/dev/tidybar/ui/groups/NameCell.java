package dev.tidybar.ui.groups;

import dev.tidybar.api.PrivateGroup;
import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.UiText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The group's display name, followed by markers for discussion, team, archived and read-only. The name is the
 * cell's own text, the markers its graphic when there are any: a label of its own in a box took three more
 * nodes a row, each with its CSS, in the table's first layout.
 */
final class NameCell extends TableCell<GroupRow, PrivateGroup> {

    private final UiText text;
    private final HBox markersShown = new HBox();
    // the full name, which a narrow column cuts short, and what its markers mean
    private final HoverTooltip tooltip = new HoverTooltip(this);
    /** Each marker made once per cell, when first needed: a cell shows group after group as the table scrolls. */
    private final Map<Ikon, FontIcon> markers = new HashMap<>();

    NameCell(UiText text) {
        this.text = text;
        getStyleClass().add("name-cell");
        setContentDisplay(ContentDisplay.RIGHT);
        markersShown.getStyleClass().add("group-markers");
    }

    @Override
    protected void updateItem(PrivateGroup group, boolean empty) {
        super.updateItem(group, empty);
        if (empty || group == null) {
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
            tooltip.say(null);
            return;
        }
        setText(group.displayName());
        var shown = new ArrayList<Node>();
        var spoken = new ArrayList<String>(List.of(group.displayName()));
        addMarker(group.discussion(), Feather.MESSAGE_CIRCLE, "groups.marker.discussion", shown, spoken);
        addMarker(group.teamMain(), Feather.USERS, "groups.marker.team", shown, spoken);
        addMarker(group.archived(), Feather.ARCHIVE, "groups.marker.archived", shown, spoken);
        addMarker(group.readOnly(), Feather.EYE, "groups.marker.readOnly", shown, spoken);
        // unchanged markers stay put: taken out and put back, each would have its CSS redone
        if (!markersShown.getChildren().equals(shown)) {
            markersShown.getChildren().setAll(shown);
        }
        setGraphic(shown.isEmpty() ? null : markersShown);
        setAccessibleText(String.join(", ", spoken));
        // the cell's tooltip, not one of each marker's own: over a marker, the cell's would win anyway
        tooltip.say(String.join("\n", spoken));
    }

    private void addMarker(boolean applies, Ikon icon, String key, List<Node> shown, List<String> spoken) {
        if (!applies) {
            return;
        }
        shown.add(markers.computeIfAbsent(icon, made -> {
            var marker = new FontIcon(made);
            marker.getStyleClass().add("group-marker");
            return marker;
        }));
        spoken.add(text.get(key));
    }
}
