package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Host names the JDK's URI does not count as hosts, an underscore or another script, go all the
 * way to the network and come back as the failure that names them as the user wrote them.
 */
class HostNamesTest extends LoopbackClientTest {

    @ParameterizedTest
    @ValueSource(strings = {"team_chat.invalid", "bücher.invalid"})
    void anUnknownHostIsNamedAsTyped(String host) throws Exception {
        var workspace = WorkspaceAddress.parse(host);

        assertThatThrownBy(() -> client.login(workspace, new PasswordLogin("alex", "pw", null)))
                .isInstanceOfSatisfying(NetworkException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(NetworkException.Kind.UNKNOWN_HOST);
                    assertThat(failure.host()).isEqualTo(host);
                });
    }
}
