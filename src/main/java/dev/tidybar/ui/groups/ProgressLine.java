package dev.tidybar.ui.groups;

import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;

/**
 * The two halves of a progress line, as the header's loading line and the queue's line under the
 * table both show one: a bar, and words a narrow window may cut short, whole in their tooltip.
 */
final class ProgressLine {

    private ProgressLine() {
    }

    static ProgressBar bar(String id, ObservableNumberValue fraction) {
        var bar = new ProgressBar();
        bar.setId(id);
        bar.progressProperty().bind(fraction);
        return bar;
    }

    static Label words(String id, ObservableStringValue words, ObservableStringValue whole) {
        var label = new Label();
        label.setId(id);
        label.textProperty().bind(words);
        label.setMinWidth(0);
        var tooltip = new Tooltip();
        tooltip.textProperty().bind(whole);
        label.setTooltip(tooltip);
        return label;
    }
}
