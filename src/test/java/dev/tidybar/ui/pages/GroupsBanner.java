package dev.tidybar.ui.pages;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;

/** The banner above the groups table: what it says, how it looks, and its buttons. */
public final class GroupsBanner {

    private final FxRobot robot;
    private final Consumer<Callable<Boolean>> waitUntil;

    GroupsBanner(FxRobot robot, Consumer<Callable<Boolean>> waitUntil) {
        this.robot = robot;
        this.waitUntil = waitUntil;
    }

    public boolean shown() {
        return robot.lookup("#noticeBar").tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The banner's title, or "" when none is shown. */
    public String title() {
        return shown() ? robot.lookup("#noticeBar .title").tryQuery()
                .map(node -> ((Labeled) node).getText()).orElse("") : "";
    }

    public String message() {
        return shown() ? robot.lookup("#noticeMessage").queryLabeled().getText() : "";
    }

    public boolean hasStyle(String style) {
        return robot.lookup("#noticeBar .message").query().getStyleClass().contains(style);
    }

    public void clickButton(String label) {
        robot.clickOn(robot.lookup("#noticeBar .notice-action").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no banner button " + label)));
    }

    public void waitFor(String title) {
        waitUntil.accept(() -> title().equals(title));
    }
}
