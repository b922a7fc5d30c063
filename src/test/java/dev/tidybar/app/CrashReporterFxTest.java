package dev.tidybar.app;

import static dev.tidybar.ui.pages.LoginPage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.ui.common.UiText;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CrashReporterFxTest {

    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        new CrashReporter(UiText.load(Locale.ENGLISH), () -> stage, null).install();
    }

    @AfterEach
    void restoreHandler(FxRobot robot) {
        Thread.setDefaultUncaughtExceptionHandler(before);
        robot.interact(() -> Window.getWindows().stream().filter(window -> window.getScene().lookup("#crashDetails") != null)
                .toList().forEach(Window::hide));
    }

    @Test
    void anExceptionNobodyCaughtIsShownWithCopyableDetails(FxRobot robot) {
        Platform.runLater(() -> {
            throw new IllegalStateException("a bug for the test");
        });

        waitUntil(() -> robot.lookup("#crashDetails").tryQuery().isPresent(), "the crash dialog");
        TextArea details = robot.lookup("#crashDetails").queryAs(TextArea.class);
        assertThat(details.getText()).contains("IllegalStateException: a bug for the test", "at ");
        assertThat(details.isEditable()).isFalse();
        assertThat(robot.lookup("Something went wrong inside Tidybar.").tryQuery()).isPresent();
        assertThat(robot.lookup("Copy details").tryQuery()).isPresent();
    }

    @Test
    void anExceptionOnAnotherThreadIsShownToo(FxRobot robot) throws InterruptedException {
        var worker = new Thread(() -> {
            throw new IllegalArgumentException("a worker's bug");
        }, "test-worker");
        worker.start();
        worker.join();

        waitUntil(() -> robot.lookup("#crashDetails").tryQuery()
                .map(area -> ((TextArea) area).getText().contains("a worker's bug")).orElse(false), "the crash dialog");
    }
}
