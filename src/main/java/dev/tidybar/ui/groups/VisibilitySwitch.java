package dev.tidybar.ui.groups;

import atlantafx.base.theme.Styles;
import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.UiText;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableNumberValue;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Visible / Hidden / All, each with its count: which of the user's groups the table shows. One part is always chosen. */
final class VisibilitySwitch extends HBox {

    private final UiText text;

    VisibilitySwitch(GroupsViewModel viewModel, UiText text) {
        this.text = text;
        getStyleClass().add("visibility-switch");
        var visible = part("visibleToggle", Visibility.VISIBLE, "groups.show.visible",
                viewModel.visibleCountProperty(), Styles.LEFT_PILL);
        var hidden = part("hiddenToggle", Visibility.HIDDEN, "groups.show.hidden",
                viewModel.hiddenCountProperty(), Styles.CENTER_PILL);
        var all = part("allToggle", Visibility.ALL, "groups.show.all",
                Bindings.add(viewModel.visibleCountProperty(), viewModel.hiddenCountProperty()), Styles.RIGHT_PILL);
        getChildren().setAll(visible, hidden, all);

        var group = new ToggleGroup();
        group.getToggles().setAll(visible, hidden, all);
        group.selectToggle(group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == viewModel.visibilityProperty().get())
                .findFirst().orElse(visible));
        group.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                // one part is always chosen: clicking the chosen part again keeps it
                group.selectToggle(before);
            } else {
                viewModel.visibilityProperty().set((Visibility) now.getUserData());
            }
        });
        viewModel.visibilityProperty().addListener((observable, before, now) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(group::selectToggle));
    }

    private ToggleButton part(String id, Visibility visibility, String key, ObservableNumberValue count, String pill) {
        var toggle = new ToggleButton();
        toggle.setId(id);
        toggle.setUserData(visibility);
        toggle.getStyleClass().add(pill);
        toggle.textProperty().bind(Bindings.createStringBinding(() -> text.format(key, count.intValue()), count));
        new HoverTooltip(toggle).say(text.get(key + ".tooltip"));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        return toggle;
    }
}
