package dev.tidybar.app;

import dev.tidybar.ui.common.UiText;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * Asked when the window is closed while the work queue still has jobs: they are saved and offered
 * at the next sign-in, but the user should choose to leave them, not find out later.
 */
final class QuitQuestion {

    private QuitQuestion() {
    }

    /** Asks whether to quit with {@code jobsLeft} jobs not done; true to quit. */
    static boolean confirm(Stage owner, UiText text, int jobsLeft) {
        var quit = new ButtonType(text.get("quit.quit"), ButtonBar.ButtonData.OK_DONE);
        var stay = new ButtonType(text.get("quit.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, text.get("quit.message"), stay, quit);
        alert.initOwner(owner);
        alert.setTitle(text.get("app.title"));
        alert.setHeaderText(text.format("quit.title", jobsLeft));
        alert.getDialogPane().setId("quitQuestion");
        // the safe answer is the default: Enter keeps the work going
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(quit)).setDefaultButton(false);
        return alert.showAndWait().filter(quit::equals).isPresent();
    }
}
