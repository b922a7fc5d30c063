package dev.tidybar.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A node's own tooltip, made when the pointer first comes over the node. Every tooltip is a popup
 * window with a scene of its own: made up front, one for each of five cells a row, they took a sixth
 * to a fifth of the table's first layout of a long list; the dozen of the groups screen's buttons and
 * switches, a quarter of the pulse that shows it after sign-in; and the first one made in a run, 40 ms
 * of the window's first frame. The words are the node's accessible help meanwhile, which is what a
 * screen reader read from the tooltip.
 */
public final class HoverTooltip {

    private final Node owner;
    private Tooltip tooltip;
    /** What the tooltip says; null for none. */
    private String words;
    /** The widest a wrapping tooltip grows; 0 for one line. */
    private double wrapWidth;
    /** The tooltip on a plain node, which has no tooltip property of its own; a control's is its property. */
    private Tooltip installed;
    /** A box around the owner that shows the tooltip while the owner is disabled; null for none. */
    private Node box;
    private Tooltip installedOnBox;
    /**
     * The words followed, held here: JavaFX's bindings listen weakly, and a binding made only to be
     * followed ({@code Bindings.when(…)}) was collected, and the tooltip kept its first words for good.
     */
    private ObservableValue<String> followed;

    public HoverTooltip(Node owner) {
        this.owner = owner;
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> make());
    }

    /** Lets long words wrap at {@code width}. */
    public HoverTooltip wrappingAt(double width) {
        wrapWidth = width;
        return this;
    }

    /**
     * Shows the tooltip over {@code box}, a pane around the owner alone, while the owner is disabled: JavaFX shows
     * no tooltip on a disabled control, and an off button must still say why. While the owner is enabled, it takes
     * the pointer's moves itself (a control's skin consumes them), so only its own tooltip shows.
     */
    public HoverTooltip evenWhenDisabledIn(Node box) {
        this.box = box;
        box.addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> make());
        return this;
    }

    /** Says what {@code said} says, now and whenever it changes. */
    public HoverTooltip follow(ObservableValue<String> said) {
        followed = said;
        said.addListener((observable, was, now) -> say(now));
        say(said.getValue());
        return this;
    }

    /** What the tooltip says; null or blank for no tooltip. */
    public void say(String said) {
        words = said == null || said.isBlank() ? null : said;
        owner.setAccessibleHelp(words);
        if (tooltip != null) {
            tooltip.setText(words);
        }
        show(words == null ? null : tooltip);
        if (owner.isHover()) {
            // the owner now shows another group under a resting pointer (the wheel scrolled the table)
            make();
        }
    }

    /** Shows {@code shared} instead, a tooltip many controls show at once ("not read yet"). */
    public void sayInstead(Tooltip shared) {
        say(null);
        show(shared);
    }

    private void make() {
        if (words != null && shown() == null) {
            if (tooltip == null) {
                tooltip = new Tooltip(words);
                if (wrapWidth > 0) {
                    tooltip.setWrapText(true);
                    tooltip.setMaxWidth(wrapWidth);
                }
            }
            show(tooltip);
        }
    }

    private Tooltip shown() {
        return owner instanceof Control control ? control.getTooltip() : installed;
    }

    private void show(Tooltip shownNow) {
        if (owner instanceof Control control) {
            control.setTooltip(shownNow);
        } else {
            installed = install(owner, installed, shownNow);
        }
        if (box != null) {
            installedOnBox = install(box, installedOnBox, shownNow);
        }
    }

    /** Puts {@code now} on a plain node in place of {@code before}; returns what the node has now. */
    private static Tooltip install(Node node, Tooltip before, Tooltip now) {
        if (before == now) {
            // installing again would restart the wait before it shows: new words under a resting pointer never would
            return now;
        }
        if (before != null) {
            Tooltip.uninstall(node, before);
        }
        if (now != null) {
            Tooltip.install(node, now);
        }
        return now;
    }
}
