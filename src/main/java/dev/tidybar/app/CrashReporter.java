package dev.tidybar.app;

import dev.tidybar.ui.common.UiText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The last line of defence: an exception nothing else caught is logged and shown in a dialog whose
 * details can be copied into a bug report. Expected failures (server answers) never get here; they
 * become banners.
 */
final class CrashReporter implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(CrashReporter.class.getName());

    private final UiText text;
    private final Supplier<Window> owner;
    private final Consumer<String> instead;
    private Alert showing;

    /** {@code instead}, when not null, gets a one-line reason in place of the dialog (the smoke test). */
    CrashReporter(UiText text, Supplier<Window> owner, Consumer<String> instead) {
        this.text = text;
        this.owner = owner;
        this.instead = instead;
    }

    void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "Uncaught exception on thread " + thread.getName(), failure);
        // Later, not now: the failure may have happened in the middle of a layout pass.
        Platform.runLater(() -> {
            if (instead != null) {
                instead.accept("uncaught " + failure);
            } else {
                show(failure);
            }
        });
    }

    private void show(Throwable failure) {
        if (showing != null) {
            // One dialog at a time; the log has every failure.
            return;
        }
        var alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(text.get("shell.crash.title"));
        alert.setHeaderText(text.get("shell.crash.header"));
        alert.setContentText(AppLogging.currentFile().map(file -> text.format("shell.crash.message", file))
                .orElse(text.get("shell.crash.message.noLogFile")));
        alert.getDialogPane().setExpandableContent(detailsPane(stackTrace(failure)));
        alert.getDialogPane().setExpanded(true);
        alert.setOnHidden(event -> showing = null);
        showing = alert;
        alert.show();
    }

    private VBox detailsPane(String details) {
        var area = new TextArea(details);
        area.setId("crashDetails");
        area.setEditable(false);
        area.setWrapText(false);
        VBox.setVgrow(area, Priority.ALWAYS);
        var copy = new Button(text.get("shell.crash.copy"));
        copy.setOnAction(event -> {
            var content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
        });
        var pane = new VBox(new Label(text.get("shell.crash.details")), area, copy);
        pane.getStyleClass().add("crash-details");
        return pane;
    }

    private static String stackTrace(Throwable failure) {
        var out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
