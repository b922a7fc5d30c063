package dev.tidybar.ui.groups;

import dev.tidybar.ui.common.HoverTooltip;
import dev.tidybar.ui.common.UiText;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A real, focusable button per row: Close on a group in the sidebar, Reopen on a hidden one. While
 * its job is on the wire, the button is disabled and shows a spinner; while the job waits in the
 * queue, it says so and cancels the job when pressed; after a failure it offers to retry, and its
 * tooltip says why it failed.
 */
final class RowActionCell extends TableCell<GroupRow, GroupRow> {

    private static final PseudoClass REOPEN = PseudoClass.getPseudoClass("reopen");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    /**
     * A button that has just changed under the pointer, into Cancel or into another group's button: a
     * click meant for the row that was there before (rows slide up as others close) must not act on this one.
     */
    static final PseudoClass SETTLING = PseudoClass.getPseudoClass("settling");
    private static final Duration SETTLE = Duration.millis(800);

    private final UiText text;
    private final IntConsumer showRowWhole;
    private final Button button = new Button();
    private final ProgressIndicator spinner = new ProgressIndicator();
    // waiting is not working: a clock, not a spinner
    private final FontIcon hourglass = new FontIcon(Feather.CLOCK);
    private final FontIcon failedMark = new FontIcon(Feather.ALERT_TRIANGLE);
    private final HoverTooltip tooltip = new HoverTooltip(button);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private GroupRow waitingRow;
    private final InvalidationListener refresh = changed -> {
        var row = getItem();
        if (row != null && row.isBusy() && !row.isWaiting()) {
            // the button is about to be disabled, which hands the focus to the next one: another row's Close
            focusTableInstead();
        }
        show(row);
    };

    /** {@code showRowWhole} scrolls the table, as little as it takes, to show the row at an index whole. */
    RowActionCell(GroupsViewModel viewModel, UiText text, IntConsumer showRowWhole) {
        this.text = text;
        this.showRowWhole = showRowWhole;
        button.getStyleClass().add("row-action");
        button.setOnAction(event -> viewModel.rowAction(getItem()));
        // Delete, Insert and the shortcuts act on the selected row: it must be the row whose button has the focus
        button.focusedProperty().addListener((observable, was, focused) -> {
            var table = getTableView();
            if (focused && table != null && getIndex() >= 0
                    && table.getSelectionModel().getSelectedIndex() != getIndex()) {
                table.getSelectionModel().clearAndSelect(getIndex());
                table.getFocusModel().focus(getIndex());
            }
            // Tab can land on the button of a row the table shows only in part: the row comes wholly into view
            if (focused && getIndex() >= 0) {
                showRowWhole.accept(getIndex());
            }
        });
        spinner.getStyleClass().add("row-spinner");
        settle.setOnFinished(event -> button.pseudoClassStateChanged(SETTLING, false));
        button.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (button.getPseudoClassStates().contains(SETTLING)) {
                event.consume();
            }
        });
    }

    @Override
    protected void updateItem(GroupRow row, boolean empty) {
        var before = getItem();
        if (before != null) {
            before.jobProperty().removeListener(refresh);
            before.failureProperty().removeListener(refresh);
            before.groupProperty().removeListener(refresh);
        }
        if (row != before && button.isFocused()) {
            // a recycled cell now holds another group: the focus must not stay on a button the user never chose
            // (after this layout pass: moving the focus in the middle of one upsets the table's rows)
            Platform.runLater(this::focusTableInstead);
        }
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        row.jobProperty().addListener(refresh);
        row.failureProperty().addListener(refresh);
        row.groupProperty().addListener(refresh);
        show(row);
        if (before != null && row != before && button.isHover()) {
            // another group slid under the pointer (rows above it closed): a click meant for the one before
            // must not close or reopen this one
            settle();
        }
        setGraphic(button);
    }

    private void show(GroupRow row) {
        if (row == null) {
            return;
        }
        String name = row.displayName();
        boolean hidden = row.isHidden();
        boolean working = row.isBusy() && !row.isWaiting();
        button.setDisable(working);
        button.setGraphic(row.isWaiting() ? hourglass : row.isBusy() ? spinner : null);
        button.pseudoClassStateChanged(REOPEN, hidden);
        button.pseudoClassStateChanged(FAILED, !working && !row.isWaiting() && row.failure() != null);
        settleWhenItBecomesCancel(row);
        if (row.isWaiting()) {
            button.setText(text.get("groups.waiting"));
            button.setAccessibleText(text.format(hidden ? "groups.waiting.open.accessible"
                    : "groups.waiting.close.accessible", name));
            tooltip.say(text.get("groups.waiting.tooltip"));
            return;
        }
        if (!working && row.failure() != null) {
            button.setGraphic(failedMark);
            button.setText(text.get("groups.failed"));
            button.setAccessibleText(text.format("groups.failed.accessible", name));
            tooltip.say(text.format("groups.failed.tooltip", row.failure()));
            return;
        }
        button.setText(text.get(working ? (hidden ? "groups.reopening" : "groups.closing")
                : hidden ? "groups.reopen" : "groups.close"));
        button.setAccessibleText(working ? text.format("groups.working.accessible", name)
                : text.format(hidden ? "groups.reopen.accessible" : "groups.close.accessible", name));
        tooltip.say(text.format(hidden ? "groups.reopen.tooltip" : "groups.close.tooltip", name));
    }

    private void settleWhenItBecomesCancel(GroupRow row) {
        // only under the pointer can a click meant for another row land on it; elsewhere (a bulk close turns
        // hundreds of rows into Waiting, scrolling recycles cells) greying the button would only flicker
        boolean justTurned = row.isWaiting() && waitingRow != row && button.isHover();
        waitingRow = row.isWaiting() ? row : null;
        if (justTurned) {
            settle();
        }
    }

    /** Ignores presses for a moment: the button has just changed under the pointer. */
    private void settle() {
        button.pseudoClassStateChanged(SETTLING, true);
        settle.playFromStart();
    }

    private void focusTableInstead() {
        if (button.isFocused() && getTableView() != null) {
            getTableView().requestFocus();
        }
    }
}
