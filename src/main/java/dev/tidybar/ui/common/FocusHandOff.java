package dev.tidybar.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * A bar that hides while it has the keyboard focus hands the focus to a place of its choosing. Left to itself,
 * JavaFX passes it on to the next control: under the groups table that is a banner's Undo, and the Space the user
 * pressed next, meant for the table, undid the last batch.
 */
public final class FocusHandOff {

    private FocusHandOff() {
    }

    /**
     * Shows {@code bar} while {@code shown} holds; when it hides with the focus in it, the focus goes to
     * {@code target}.
     */
    public static void showWhile(Node bar, ObservableBooleanValue shown, Node target) {
        // added before the bar's own binding, so it hears of the change while the focus is still in the bar
        shown.addListener((InvalidationListener) changed -> {
            if (!shown.get() && bar.isFocusWithin()) {
                target.requestFocus();
            }
        });
        bar.visibleProperty().bind(shown);
        bar.managedProperty().bind(shown);
    }
}
