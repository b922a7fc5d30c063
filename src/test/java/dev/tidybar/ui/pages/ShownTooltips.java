package dev.tidybar.ui.pages;

import java.util.List;
import javafx.scene.control.Tooltip;
import org.testfx.api.FxRobot;

/** The words of the tooltips on screen now: each tooltip is a window of its own. */
public final class ShownTooltips {

    private ShownTooltips() {
    }

    public static List<String> of(FxRobot robot) {
        return robot.listWindows().stream().filter(window -> window instanceof Tooltip && window.isShowing())
                .map(window -> ((Tooltip) window).getText()).toList();
    }
}
