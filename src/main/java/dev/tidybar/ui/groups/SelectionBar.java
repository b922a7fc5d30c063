package dev.tidybar.ui.groups;

import atlantafx.base.theme.Styles;
import dev.tidybar.ui.common.FocusHandOff;
import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.common.UiText;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "12 selected (3 not shown) · Close selected · Reopen selected · Clear": shown while anything is
 * ticked. Each button says in its tooltip how many groups it acts on, and is off when that is none; then
 * its tooltip says why.
 */
final class SelectionBar extends HBox {

    private final GroupsViewModel viewModel;
    private final UiText text;
    private final Label count = new Label();
    private final Button close;
    private final Button reopen;
    // each tooltip made on first hover, then only its words change as the selection does
    private final HoverTooltip closeTooltip;
    private final HoverTooltip reopenTooltip;

    /** {@code focusAfter} takes the keyboard focus when the bar hides with it (a close of the selection, Clear). */
    SelectionBar(GroupsViewModel viewModel, UiText text, Node focusAfter) {
        this.viewModel = viewModel;
        this.text = text;
        setId("selectionBar");
        getStyleClass().add("selection-bar");
        count.setId("selectionCount");
        // the count gives way first: the buttons always read in full
        count.setMinWidth(0);
        close = new Button(text.get("selection.close"), new FontIcon(Feather.EYE_OFF));
        close.setId("closeSelectedButton");
        close.getStyleClass().add(Styles.ACCENT);
        close.setOnAction(event -> viewModel.closeSelected());
        reopen = new Button(text.get("selection.reopen"), new FontIcon(Feather.EYE));
        reopen.setId("reopenSelectedButton");
        reopen.setOnAction(event -> viewModel.reopenSelected());
        var closeBox = new StackPane(close);
        var reopenBox = new StackPane(reopen);
        closeTooltip = new HoverTooltip(close).evenWhenDisabledIn(closeBox);
        reopenTooltip = new HoverTooltip(reopen).evenWhenDisabledIn(reopenBox);
        var clear = new Button(text.get("selection.clear"));
        clear.setId("clearSelectionButton");
        new HoverTooltip(clear).say(text.get("selection.clear.tooltip"));
        clear.setOnAction(event -> viewModel.selection().clear());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (var button : List.of(close, reopen, clear)) {
            button.setMinWidth(USE_PREF_SIZE);
        }
        getChildren().addAll(count, spacer, closeBox, reopenBox, clear);
        FocusHandOff.showWhile(this, Bindings.greaterThan(viewModel.selection().countProperty(), 0), focusAfter);
        viewModel.selection().changesProperty().addListener(changed -> show());
        // a close moves a ticked row out of the shown ones; filtering does too
        viewModel.shownRows().addListener((ListChangeListener<GroupRow>) change -> show());
        show();
    }

    private void show() {
        int selected = viewModel.selection().countProperty().get();
        if (selected == 0) {
            return;
        }
        int notShown = viewModel.selection().notShown();
        count.setText(notShown == 0 ? text.format("selection.count", selected)
                : text.format("selection.count.notShown", selected, notShown));
        int toClose = viewModel.selection().countFor(JobKind.CLOSE);
        int toReopen = viewModel.selection().countFor(JobKind.REOPEN);
        close.setDisable(toClose == 0);
        closeTooltip.say(toClose == 0 ? text.format("selection.close.none", selected)
                : text.format("selection.close.tooltip", toClose));
        reopen.setDisable(toReopen == 0);
        reopenTooltip.say(toReopen == 0 ? text.format("selection.reopen.none", selected)
                : text.format("selection.reopen.tooltip", toReopen));
    }
}
