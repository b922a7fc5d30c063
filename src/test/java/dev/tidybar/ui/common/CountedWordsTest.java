package dev.tidybar.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Words that count things read right for one, for none and for many. */
class CountedWordsTest {

    private final UiText text = UiText.load(Locale.ENGLISH);

    @Test
    void unreadMessages() {
        assertThat(text.format("groups.unread.tooltip", 1, 0)).isEqualTo("1 unread message, 0 mentioning you");
        assertThat(text.format("groups.unread.tooltip", 0, 2)).isEqualTo("No unread messages, 2 mentioning you");
        assertThat(text.format("groups.unread.tooltip", 1200, 3)).isEqualTo("1,200 unread messages, 3 mentioning you");
    }

    @Test
    void theSelectionBarsButtons() {
        assertThat(text.format("selection.reopen.tooltip", 1))
                .isEqualTo("Show the selected hidden group in your sidebar again");
        assertThat(text.format("selection.reopen.tooltip", 3))
                .isEqualTo("Show the 3 selected hidden groups in your sidebar again");
        assertThat(text.format("selection.close.tooltip", 1))
                .isEqualTo("Hide the selected group that is in your sidebar, at the pace the server allows");
        assertThat(text.format("selection.close.tooltip", 5))
                .isEqualTo("Hide the 5 selected groups that are in your sidebar, at the pace the server allows");
    }

    @Test
    void whyASelectionBarButtonIsOff() {
        assertThat(text.format("selection.close.none", 1))
                .isEqualTo("The selected group is hidden already: there is nothing to close");
        assertThat(text.format("selection.close.none", 4))
                .isEqualTo("All 4 selected groups are hidden already: there is nothing to close");
        assertThat(text.format("selection.reopen.none", 1))
                .isEqualTo("The selected group is in your sidebar already: there is nothing to reopen");
        assertThat(text.format("selection.reopen.none", 1200))
                .isEqualTo("All 1,200 selected groups are in your sidebar already: there is nothing to reopen");
    }
}
