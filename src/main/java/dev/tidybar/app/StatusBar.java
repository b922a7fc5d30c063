package dev.tidybar.app;

import atlantafx.base.theme.Styles;
import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.UiText;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The strip along the bottom of the window: the demo badge when on the demo workspace, and the theme toggle. */
final class StatusBar extends HBox {

    StatusBar(UiText text, AppTheme theme, boolean demo) {
        getStyleClass().add("status-bar");
        if (demo) {
            var badge = new Label(text.get("app.demoBadge"));
            badge.setId("demoBadge");
            badge.getStyleClass().add("demo-badge");
            // the hint gives way in a narrow window; the badge says what matters and must stay whole
            badge.setMinWidth(Region.USE_PREF_SIZE);
            var hint = new Label(text.get("shell.demoHint"));
            hint.getStyleClass().addAll(Styles.TEXT_SMALL, "demo-hint");
            hint.setMinWidth(0);
            getChildren().addAll(badge, hint);
        }
        var gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        var toggle = new Button();
        toggle.setId("themeToggle");
        toggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        toggle.graphicProperty().bind(Bindings.when(theme.darkProperty())
                .then(new FontIcon(Feather.SUN)).otherwise(new FontIcon(Feather.MOON)));
        var says = Bindings.when(theme.darkProperty())
                .then(text.get("shell.theme.toLight")).otherwise(text.get("shell.theme.toDark"));
        new HoverTooltip(toggle).follow(says);
        toggle.accessibleTextProperty().bind(says);
        toggle.setOnAction(event -> theme.toggle());
        getChildren().addAll(gap, toggle);
    }
}
