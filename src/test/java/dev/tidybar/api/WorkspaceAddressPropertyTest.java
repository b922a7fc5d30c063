package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever is typed as the workspace address ({@link HostileInputs}: Unicode, ports of any size,
 * brackets, schemes, user names, paths) gives a usable address or an
 * {@link InvalidWorkspaceAddressException} whose message can be shown, never anything unchecked.
 */
class WorkspaceAddressPropertyTest {

    /** What users type, and what they paste. */
    private static final List<String> TYPED = List.of("chat.example.com", "https://chat.example.com/",
            "https://example.com/chat", "http://127.0.0.1:3000", "localhost:3000", "[::1]:8080",
            "https://[2001:db8::1]/chat", "bücher.example", "intra_net.local:8443", "https://h:443",
            "https://chat.example.com/group/design-team", "HTTPS://CHAT.EXAMPLE.COM:65535/api/v1/",
            "https://example.com/my%20chat", "ftp://chat.example.com", "alex@chat.example.com");

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.tidybar.api.HostileInputs#seeds")
    void anyTypedAddressIsUsableOrRefusedWithAReason(long seed) {
        new HostileInputs(seed).check(WorkspaceAddressPropertyTest::typed, typed -> {
            WorkspaceAddress address;
            try {
                address = WorkspaceAddress.parse(typed);
            } catch (InvalidWorkspaceAddressException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                return;
            }
            assertThat(address.base().getScheme()).isIn("http", "https");
            assertThat(address.host()).isNotBlank();
            Authority authority = Authority.of(address.api("v1/login"));
            assertThat(authority).isNotNull();
            assertThat(authority.port()).satisfiesAnyOf(port -> assertThat(port).isEqualTo(-1),
                    port -> assertThat(port).isBetween(1, 65_535));
            // the address as shown and remembered reads back as the same workspace
            assertThat(WorkspaceAddress.parse(address.toString())).isEqualTo(address);
        });
    }

    /** An address as typed, broken; now and then with a port of any size put after its host. */
    private static String typed(HostileInputs inputs) {
        String text = inputs.text(TYPED);
        if (inputs.nextInt(4) > 0) {
            return text;
        }
        String host = inputs.oneOf(List.of("chat.example.com", "[::1]", "127.0.0.1", "bücher.example"));
        String port = inputs.oneOf(List.of("0", "1", "443", "65535", "65536", "70000", "-1", "99999999999", "",
                "٣٠٠٠", "３０００", " 80"));
        return inputs.oneOf(List.of("", "https://", "http://")) + host + ":" + port + inputs.oneOf(List.of("", "/",
                "/chat", text));
    }
}
