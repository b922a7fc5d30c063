package dev.tidybar.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words that count things read right for one, for none and for many. */
class CountedWordsTest {

    private final UiText text = UiText.load(Locale.ENGLISH);

    @Test
    void unreadMessages() {
        assertThat(text.format("groups.unread.tooltip", 1, 0)).isEqualTo("1 unread message, 0 mentioning you");
        assertThat(text.format("groups.unread.tooltip", 0, 2)).isEqualTo("No unread messages, 2 mentioning you");
        assertThat(text.format("groups.unread.tooltip", 1200, 3)).isEqualTo("1,200 unread messages, 3 mentioning you");
    }

    /** What the selection bar's buttons say they do, or why they are off: {@code key | count | words}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            selection.reopen.tooltip | 1    | Show the selected hidden group in your sidebar again, at the pace the server allows
            selection.reopen.tooltip | 3    | Show the 3 selected hidden groups in your sidebar again, at the pace the server allows
            selection.close.tooltip  | 1    | Hide the selected group that is in your sidebar, at the pace the server allows
            selection.close.tooltip  | 5    | Hide the 5 selected groups that are in your sidebar, at the pace the server allows
            selection.close.none     | 1    | The selected group is hidden already: there is nothing to close
            selection.close.none     | 4    | All 4 selected groups are hidden already: there is nothing to close
            selection.reopen.none    | 1    | The selected group is in your sidebar already: there is nothing to reopen
            selection.reopen.none    | 1200 | All 1,200 selected groups are in your sidebar already: there is nothing to reopen
            """)
    void theSelectionBarsButtons(String key, int count, String words) {
        assertThat(text.format(key, count)).isEqualTo(words);
    }
}
