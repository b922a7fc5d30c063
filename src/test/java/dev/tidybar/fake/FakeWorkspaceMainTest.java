package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The standalone start's options, as the README documents them. */
class FakeWorkspaceMainTest {

    @Test
    void defaultsToPort3000WithTheDemoSettings() {
        FakeWorkspaceConfig config = FakeWorkspaceMain.parse(new String[0]);

        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.rateLimitEnabled()).isFalse();
        assertThat(config.jsonLogout()).isFalse();
        assertThat(config.extraGroups()).isZero();
    }

    @Test
    void readsEveryOption() {
        FakeWorkspaceConfig config = FakeWorkspaceMain.parse(new String[] {"--port", "3100", "--rate-limit", "5/30",
            "--extra-groups", "10000", "--json-logout", "--login-block-user", "2/3", "--login-block-ip", "4/8"});

        assertThat(config.port()).isEqualTo(3100);
        assertThat(config.rateLimitEnabled()).isTrue();
        assertThat(config.rateLimitCalls()).isEqualTo(5);
        assertThat(config.rateLimitWindow()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.extraGroups()).isEqualTo(10_000);
        assertThat(config.jsonLogout()).isTrue();
        assertThat(config.loginBlocking()).isEqualTo(new LoginBlocking(2, Duration.ofSeconds(3), 4,
                Duration.ofSeconds(8)));
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> FakeWorkspaceMain.parse(new String[] {"--rate-limit", "10"}))
                .hasMessageContaining("COUNT/SECONDS");
        assertThatThrownBy(() -> FakeWorkspaceMain.parse(new String[] {"--port"})).hasMessage("--port needs a value");
        assertThatThrownBy(() -> FakeWorkspaceMain.parse(new String[] {"--colour"}))
                .hasMessage("Unknown option: --colour");
    }
}
