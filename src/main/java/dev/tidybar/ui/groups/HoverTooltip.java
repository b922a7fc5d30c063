package dev.tidybar.ui.groups;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's own tooltip, made when the pointer first comes over the control. Every tooltip is a
 * popup window with a scene of its own: made up front, one for each of five cells a row, they took a
 * sixth to a fifth of the table's first layout of a long list; the dozen of the groups screen's buttons
 * and switches, a quarter of the pulse that shows the screen after sign-in. The words are the control's accessible
 * help meanwhile, which is what a screen reader read from the tooltip.
 */
final class HoverTooltip {

    private final Control owner;
    private Tooltip tooltip;
    /** What the tooltip says; null for none. */
    private String words;

    HoverTooltip(Control owner) {
        this.owner = owner;
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> make());
    }

    /** What the tooltip says; null or blank for no tooltip. */
    void say(String said) {
        words = said == null || said.isBlank() ? null : said;
        owner.setAccessibleHelp(words);
        if (tooltip != null) {
            tooltip.setText(words);
        }
        owner.setTooltip(words == null ? null : tooltip);
        if (owner.isHover()) {
            // the owner now shows another group under a resting pointer (the wheel scrolled the table)
            make();
        }
    }

    /** Shows {@code shared} instead, a tooltip many controls show at once ("not read yet"). */
    void sayInstead(Tooltip shared) {
        say(null);
        owner.setTooltip(shared);
    }

    private void make() {
        if (words != null && owner.getTooltip() == null) {
            if (tooltip == null) {
                tooltip = new Tooltip(words);
            }
            owner.setTooltip(tooltip);
        }
    }
}
