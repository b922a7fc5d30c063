package dev.tidybar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.ui.common.UiText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WindowTitleTest {

    private final UiText text = UiText.load(Locale.ENGLISH);

    @Test
    void namesTheHostOfTheTypedWorkspace() {
        assertThat(WindowTitle.of(text, null, "https://Chat.Example.com/", false, ""))
                .isEqualTo("Tidybar \u2014 chat.example.com");
    }

    @Test
    void namesTheSignedInWorkspaceWhateverTheFieldSays() throws Exception {
        var session = new Session(WorkspaceAddress.parse("team.example.org"), "u1", "t", "alex", "Alex", false);

        assertThat(WindowTitle.of(text, session, "half-typed", false, "")).isEqualTo("Tidybar \u2014 team.example.org");
    }

    @Test
    void leadsWithTheQueuesProgressSoABackgroundWindowTellsIt() throws Exception {
        var session = new Session(WorkspaceAddress.parse("team.example.org"), "u1", "t", "alex", "Alex", false);

        assertThat(WindowTitle.of(text, session, "", false, "12/140 closed"))
                .isEqualTo("12/140 closed \u00b7 Tidybar \u2014 team.example.org");
    }

    @Test
    void isJustTheNameWhileTheAddressIsNoAddress() {
        assertThat(WindowTitle.of(text, null, "", false, "")).isEqualTo("Tidybar");
        assertThat(WindowTitle.of(text, null, "ftp://files.example.com", false, "")).isEqualTo("Tidybar");
    }

    @Test
    void saysDemoOnTheDemoWorkspace() {
        assertThat(WindowTitle.of(text, null, "http://127.0.0.1:40123", true, ""))
                .isEqualTo("Tidybar \u2014 127.0.0.1 (demo)");
    }
}
