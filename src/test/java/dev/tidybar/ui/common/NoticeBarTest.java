package dev.tidybar.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NoticeBarTest {

    private final SimpleObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final AtomicInteger retries = new AtomicInteger();
    private Label content;
    private Button afterwards;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var bar = new NoticeBar(notice, UiText.load(Locale.ENGLISH));
        content = new Label("the table");
        afterwards = new Button("the table's first row");
        bar.returnFocusTo(afterwards);
        // a control above the banner, where the focus would otherwise land, like the screen's Refresh
        var root = new VBox(new Button("Refresh"), bar, content, afterwards);
        bar.dismissOnEscapeIn(root);
        var scene = new Scene(root, 640, 400);
        scene.getStylesheets().add(NoticeBar.class.getResource("/dev/tidybar/ui/tidybar.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTitleMessageAndActionsAboveTheContentWithoutCoveringIt(FxRobot robot) {
        robot.interact(() -> notice.set(failure()));

        assertThat(robot.lookup(".notice-bar .title").queryLabeled().getText()).isEqualTo("Could not close ‘design-team’");
        assertThat(robot.lookup("#noticeMessage").queryLabeled().getText()).isEqualTo("The server had a problem.");
        var bar = robot.lookup("#noticeBar").query();
        assertThat(bar.getAccessibleText()).contains("Could not close ‘design-team’", "The server had a problem.");
        assertThat(content.getBoundsInParent().getMinY()).isGreaterThanOrEqualTo(bar.getBoundsInParent().getMaxY());
    }

    @Test
    void anActionDismissesTheBannerAndRuns(FxRobot robot) {
        robot.interact(() -> notice.set(failure()));

        robot.clickOn("Retry");

        assertThat(retries).hasValue(1);
        assertThat(notice.get()).isNull();
        assertThat(robot.lookup("#noticeBar").query().isVisible()).isFalse();
    }

    @Test
    void detailsOpenAsSelectableText(FxRobot robot) {
        robot.interact(() -> notice.set(failure()));
        TextArea details = robot.lookup("#noticeDetails").queryAs(TextArea.class);
        assertThat(details.isVisible()).isFalse();

        robot.clickOn("#noticeDetailsToggle");

        assertThat(details.isVisible()).isTrue();
        assertThat(details.isEditable()).isFalse();
        assertThat(details.getText()).contains("HTTP 502");
    }

    @Test
    void escapeAndTheCloseButtonDismiss(FxRobot robot) {
        robot.interact(() -> notice.set(failure()));
        robot.clickOn("#noticeDetailsToggle");
        robot.type(KeyCode.ESCAPE);
        assertThat(notice.get()).isNull();

        robot.interact(() -> notice.set(failure()));
        robot.clickOn("#noticeDismiss");
        assertThat(notice.get()).isNull();
    }

    @Test
    void aNoticeOfTheSameShapeUpdatesItsWordsAndKeepsItsButtons(FxRobot robot) {
        robot.interact(() -> notice.set(failure()));
        Button before = robot.lookup("#noticeAction0").queryButton();

        robot.interact(() -> notice.set(failure().withDetails("HTTP 502\nlater")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#noticeAction0").queryButton()).isSameAs(before);
        assertThat(robot.lookup("#noticeDetails").queryAs(TextArea.class).getText()).endsWith("later");
    }

    @Test
    void whenItsButtonsGoAwayTheFocusGoesWhereItWasToldNotBackToTheTop(FxRobot robot) {
        robot.interact(() -> notice.set(failure()));

        robot.clickOn("Retry");
        assertThat(afterwards.isFocused()).isTrue();

        robot.interact(() -> notice.set(failure()));
        robot.clickOn("#noticeDismiss");
        assertThat(afterwards.isFocused()).isTrue();
    }

    private Notice failure() {
        return Notice.of(Notice.Severity.ERROR, "Could not close ‘design-team’", "The server had a problem.")
                .withDetails("HTTP 502\nTime: 2026-11-26T05:00:00Z")
                .withActions(new Notice.Action("Retry", retries::incrementAndGet));
    }
}
