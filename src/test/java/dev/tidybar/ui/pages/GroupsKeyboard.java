package dev.tidybar.ui.pages;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.api.FxRobot;

/** The keyboard on the groups screen: keys and chords as they reach the focused control, and Tab's path. */
public final class GroupsKeyboard {

    private final FxRobot robot;

    GroupsKeyboard(FxRobot robot) {
        this.robot = robot;
    }

    public void press(KeyCode... keys) {
        robot.type(keys);
    }

    /** Ctrl+key (Cmd+key on macOS), as the keyboard sends it to the focused control. */
    public void pressWithShortcut(KeyCode key) {
        pressModified(key, false, true);
    }

    public void pressWithShortcutAndShift(KeyCode key) {
        pressModified(key, true, true);
    }

    /** Shift+key (Shift+Tab goes backwards), as the keyboard sends it to the focused control. */
    public void pressWithShift(KeyCode key) {
        pressModified(key, true, false);
    }

    // Headless Monocle's robot drops held modifiers from the next key press, so the chord is sent as one
    // event to the focus owner; it still passes through the scene's accelerators like a real one.
    private void pressModified(KeyCode key, boolean shift, boolean shortcut) {
        boolean mac = System.getProperty("os.name").startsWith("Mac");
        robot.interact(() -> {
            var target = robot.lookup("#groupsView").query().getScene().getFocusOwner();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, shift,
                    shortcut && !mac, false, shortcut && mac));
        });
    }

    /** Puts the focus on the first control (Refresh), then presses Tab {@code times} times, naming where it lands. */
    public List<String> tabThrough(int times) {
        robot.interact(() -> robot.lookup("#refreshButton").query().requestFocus());
        var reached = new ArrayList<String>();
        for (int i = 0; i < times; i++) {
            robot.type(KeyCode.TAB);
            var focused = robot.lookup("#groupsView").query().getScene().getFocusOwner();
            reached.add(focused.getId() != null ? "#" + focused.getId() : focused.getAccessibleText());
        }
        return reached;
    }
}
