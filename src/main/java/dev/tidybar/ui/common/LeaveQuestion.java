package dev.tidybar.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asked before quitting or logging out while the work queue still has jobs: they are saved and
 * offered at the next sign-in, but the user should choose to leave them, not find out later. The
 * question follows the queue while it is open ("Not done yet: 30/85 closed").
 */
public final class LeaveQuestion {

    private LeaveQuestion() {
    }

    /**
     * Asks whether to leave with the queue's work not done; true to leave.
     *
     * @param progress the queue's short progress, kept up to date while the question is open
     * @param leaveKey the words of the button that leaves: Quit, or Log out
     */
    public static boolean confirm(Window owner, UiText text, ObservableStringValue progress, String leaveKey) {
        var leave = new ButtonType(text.get(leaveKey), ButtonBar.ButtonData.OK_DONE);
        var stay = new ButtonType(text.get("leave.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "", stay, leave);
        alert.initOwner(owner);
        alert.setTitle(text.get("app.title"));
        // the queue may finish while the question is open: then leaving loses nothing, and it says so
        alert.headerTextProperty().bind(Bindings.createStringBinding(() -> progress.get().isBlank()
                ? text.get("leave.done") : text.format("leave.title", progress.get()), progress));
        alert.contentTextProperty().bind(Bindings.createStringBinding(() -> text.get(progress.get().isBlank()
                ? "leave.done.message" : "leave.message"), progress));
        alert.getDialogPane().setId("leaveQuestion");
        // the safe answer is the default: Enter keeps the work going
        ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(leave)).setDefaultButton(false);
        return alert.showAndWait().filter(leave::equals).isPresent();
    }
}
