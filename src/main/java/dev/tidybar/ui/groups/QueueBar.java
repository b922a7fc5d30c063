package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.FocusHandOff;
import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.UiText;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The work queue while it has a batch: a bar, "12 of 140 closed · about 13 min left · the server
 * allows 10 a minute" (led by any pause), and Cancel for the jobs not sent yet.
 */
final class QueueBar extends HBox {

    /** {@code focusAfter} takes the keyboard focus when the bar hides with it (Cancel, the batch's end). */
    QueueBar(GroupsViewModel viewModel, UiText text, Node focusAfter) {
        setId("queueBar");
        getStyleClass().add("queue-bar");
        var queue = viewModel.queue();
        var bar = ProgressLine.bar("queueProgress", queue.fractionProperty());
        var words = ProgressLine.words("queueText", queue.textProperty(), queue.textProperty());
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        var cancel = new Button(text.get("queue.cancel"));
        cancel.setId("cancelQueueButton");
        new HoverTooltip(cancel).say(text.get("queue.cancel.tooltip"));
        cancel.setOnAction(event -> viewModel.queue().cancel());
        cancel.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(bar, words, cancel);
        FocusHandOff.showWhile(this, viewModel.queue().shownProperty(), focusAfter);
    }
}
