package dev.tidybar.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asked before leaving while work is on its way: the queue still has jobs (they are saved and
 * offered at the next sign-in, but the user should choose to leave them, not find out later), or a
 * sign-in has not been answered. Staying is the default answer.
 */
public final class LeaveQuestion {

    private LeaveQuestion() {
    }

    /**
     * Asks whether to leave with the queue's work not done; true to leave. The question follows the
     * queue while it is open ("Not done yet: 30/85 closed").
     *
     * @param progress the queue's short progress, kept up to date while the question is open
     * @param leaveKey the words of the button that leaves: Quit, or Log out
     */
    public static boolean confirm(Window owner, UiText text, ObservableStringValue progress, String leaveKey) {
        // the queue may finish while the question is open: then leaving loses nothing, and it says so
        return ask(owner, text, leaveKey, "leave.stay",
                Bindings.createStringBinding(() -> progress.get().isBlank()
                        ? text.get("leave.done") : text.format("leave.title", progress.get()), progress),
                Bindings.createStringBinding(() -> text.get(progress.get().isBlank()
                        ? "leave.done.message" : "leave.message"), progress));
    }

    /** Asks whether to quit while a sign-in to {@code host} is unanswered; true to quit. */
    public static boolean confirmQuitWhileSigningIn(Window owner, UiText text, String host) {
        return ask(owner, text, "leave.quit", "leave.keepWaiting",
                StringExpression.stringExpression(Bindings.createStringBinding(
                        () -> text.format("leave.signingIn.title", host))),
                StringExpression.stringExpression(Bindings.createStringBinding(
                        () -> text.get("leave.signingIn.message"))));
    }

    private static boolean ask(Window owner, UiText text, String leaveKey, String stayKey, StringExpression header,
                               StringExpression content) {
        var leave = new ButtonType(text.get(leaveKey), ButtonBar.ButtonData.OK_DONE);
        var stay = new ButtonType(text.get(stayKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "", stay, leave);
        alert.initOwner(owner);
        alert.setTitle(text.get("app.title"));
        alert.headerTextProperty().bind(header);
        alert.contentTextProperty().bind(content);
        alert.getDialogPane().setId("leaveQuestion");
        // the safe answer is the default: Enter keeps the work going
        ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(leave)).setDefaultButton(false);
        return alert.showAndWait().filter(leave::equals).isPresent();
    }
}
