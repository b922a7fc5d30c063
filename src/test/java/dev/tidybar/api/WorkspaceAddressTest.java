package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspaceAddressTest {

    @ParameterizedTest
    @CsvSource({
            "chat.example.com, https://chat.example.com",
            "https://chat.example.com/, https://chat.example.com",
            "'  Chat.Example.COM  ', https://chat.example.com",
            "https://example.com/chat, https://example.com/chat",
            "https://example.com/chat/, https://example.com/chat",
            "http://127.0.0.1:3000, http://127.0.0.1:3000",
            "chat.example.com:8443, https://chat.example.com:8443",
            "https://chat.example.com/group/design-team, https://chat.example.com",
            "https://example.com/chat/api/v1/me, https://example.com/chat",
            "https://example.com/my%20chat, https://example.com/my%20chat",
            "https://chat.example.com:443, https://chat.example.com",
            "http://chat.example.com:80/chat, http://chat.example.com/chat",
            "http://chat.example.com:443, http://chat.example.com:443",
            "chat.example.com:65535, https://chat.example.com:65535",
            "team_chat.intranet, https://team_chat.intranet",
            "Team_Chat.Intranet:8443/rc, https://team_chat.intranet:8443/rc",
            "bücher.example, https://xn--bcher-kva.example",
            "https://[::1]:3000, https://[::1]:3000",
            "https://[::1], https://[::1]",
            "chat.example.com:1, https://chat.example.com:1",
            "chat.example.com:, https://chat.example.com",
    })
    void normalisesWhatUsersType(String typed, String expected) throws Exception {
        WorkspaceAddress address = WorkspaceAddress.parse(typed);

        assertThat(address.base()).hasToString(expected);
        assertThat(address).as("as the log names it").hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "chat.example.com, https://chat.example.com/api/v1/login",
            "https://example.com/chat/, https://example.com/chat/api/v1/login",
    })
    void buildsApiAddressesUnderTheSubPath(String typed, String expected) throws Exception {
        assertThat(WorkspaceAddress.parse(typed).api("v1/login")).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void asksForAnAddressWhenNoneIsTyped(String typed) {
        assertThatThrownBy(() -> WorkspaceAddress.parse(typed))
                .isInstanceOf(InvalidWorkspaceAddressException.class)
                .hasMessageContaining("Enter your workspace address");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://chat.example.com | not supported",
            "https:///chat | has no host name",
            "chat example com | not a web address",
            "https://alex@chat.example.com | Leave the user name out",
            "https://chat.example.com/?room=1 | without ? or #",
            "127.0.0.1:70000 | use a number from 1 to 65535",
            "chat.example.com:0 | use a number from 1 to 65535",
            "chat.example.com:99999999999 | use a number from 1 to 65535",
            "chat.example.com:http | use a number from 1 to 65535",
            "chat!example.com | not a valid host name",
            "chat..example.com | not a valid host name",
            "https://:8080 | The address has no host name.",
    })
    void rejectsWhatCannotBeAWorkspaceWithAClearMessage(String typed, String message) {
        assertThatThrownBy(() -> WorkspaceAddress.parse(typed))
                .isInstanceOf(InvalidWorkspaceAddressException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat.example.com", "https://chat.example.com/"})
    void equalAddressesAreEqual(String typed) throws Exception {
        assertThat(WorkspaceAddress.parse(typed)).isEqualTo(WorkspaceAddress.parse("https://chat.example.com"))
                .hasSameHashCodeAs(WorkspaceAddress.parse("https://chat.example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://chat.example.com", "chat.example.com:8443", "chat.example.org",
            "chat.example.com/chat"})
    void anotherSchemeHostPortOrPathIsAnotherWorkspace(String typed) throws Exception {
        assertThat(WorkspaceAddress.parse(typed)).isNotEqualTo(WorkspaceAddress.parse("https://chat.example.com"));
    }

    @ParameterizedTest
    @CsvSource({
            "bücher.example, bücher.example",
            "team_chat.intranet:8443, team_chat.intranet",
    })
    void namesTheHostAsTheUserWroteIt(String typed, String host) throws Exception {
        assertThat(WorkspaceAddress.parse(typed).host()).isEqualTo(host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://chat.example.com:443/", "chat.example.com:443"})
    void theDefaultPortNamesTheSameWorkspace(String typed) throws Exception {
        assertThat(WorkspaceAddress.parse(typed)).isEqualTo(WorkspaceAddress.parse("https://chat.example.com"));
    }

    @ParameterizedTest
    @CsvSource({
            "http://chat.example.com, true",
            "http://127.0.0.1.example.com, true",
            "https://chat.example.com, false",
            "http://localhost:3000, false",
            "http://chat.localhost, false",
            "http://127.0.0.1:3000, false",
            "http://127.1.2.3, false",
            "http://[::1]:3000, false",
    })
    void plainHttpToAnotherComputerIsToldApartFromLoopback(String typed, boolean plainRemote) throws Exception {
        assertThat(WorkspaceAddress.parse(typed).isPlainRemote()).isEqualTo(plainRemote);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "alex:hunter2@chat example | “chat example” is not a web address.",
            "https://alex:hun ter2@chat.example.com | “https://chat.example.com” is not a web address.",
    })
    void anAddressWithAPasswordInItIsQuotedWithoutIt(String typed, String message) {
        assertThatThrownBy(() -> WorkspaceAddress.parse(typed)).hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://alex:hunter2@", "https://alex:hun ter2@chat.example.com",
            "alex:hunter2@chat example"})
    void aPasswordTypedIntoTheAddressIsNotQuotedBack(String typed) {
        assertThatThrownBy(() -> WorkspaceAddress.parse(typed))
                .isInstanceOf(InvalidWorkspaceAddressException.class)
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("hunter2", "hun ter2"));
    }
}
