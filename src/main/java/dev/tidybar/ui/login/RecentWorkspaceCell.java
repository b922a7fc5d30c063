package dev.tidybar.ui.login;

import atlantafx.base.theme.Styles;
import dev.tidybar.ui.common.UiText;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One address in the workspace field's list, with a small button that forgets it, so the list
 * does not keep a mistyped or retired address for ever.
 */
final class RecentWorkspaceCell extends ListCell<String> {

    private final Label address = new Label();
    private final HBox row;

    RecentWorkspaceCell(UiText text, Consumer<String> forget) {
        var forgetButton = new Button(null, new FontIcon(Feather.X));
        forgetButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "forget-workspace");
        // The list is driven from the address field (arrows, Enter, Delete); this button is for the mouse.
        forgetButton.setFocusTraversable(false);
        forgetButton.setOnAction(event -> forget.accept(getItem()));
        var tooltip = new Tooltip();
        forgetButton.setTooltip(tooltip);
        itemProperty().addListener((observable, was, item) -> {
            String label = item == null ? "" : text.format("login.workspace.forget", item);
            forgetButton.setAccessibleText(label);
            tooltip.setText(label);
        });
        var gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        row = new HBox(address, gap, forgetButton);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("recent-workspace");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            address.setText(item);
            setGraphic(row);
        }
    }
}
