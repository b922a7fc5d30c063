package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults the fake injects in place of an answer; the call after each one works again. */
class FaultsTest {

    private final HttpRocketChatClient client = new HttpRocketChatClient(ClientSettings.defaults("test")
            .withResponseTimeout(Duration.ofMillis(500)));
    private FakeWorkspace fake;
    private Session alex;

    @BeforeEach
    void start() throws Exception {
        fake = FakeWorkspace.start(FakeWorkspaceConfig.demo());
        alex = Fakes.signIn(client, fake, DemoSeed.ALEX);
    }

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    @Test
    void anHtmlBadGatewayIsAServerErrorFromAProxy() throws Exception {
        fake.injectFault("groups.list", Fault.htmlBadGateway(), 1);

        assertThatThrownBy(this::list).isInstanceOfSatisfying(ServerErrorException.class, failure -> {
            assertThat(failure.httpStatus()).isEqualTo(502);
            assertThat(failure.getMessage()).contains("proxy");
            assertThat(failure.serverError()).contains("502 Bad Gateway");
        });
        assertThat(list()).isNotEmpty();
    }

    @Test
    void anInternalErrorIsAServerErrorWithTheServersWords() throws Exception {
        fake.injectFault("groups.close", Fault.serverError(), 1);

        assertThatThrownBy(() -> client.closeGroup(alex, designTeam()))
                .isInstanceOfSatisfying(ServerErrorException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(500);
                    assertThat(failure.serverError()).isEqualTo("Internal server error");
                });
        client.closeGroup(alex, designTeam());
    }

    @Test
    void aCutOffJsonAnswerIsMalformed() throws Exception {
        fake.injectFault("subscriptions.get", Fault.malformedJson(), 1);

        assertThatThrownBy(this::list).isInstanceOfSatisfying(MalformedResponseException.class,
                failure -> assertThat(failure.kind()).isEqualTo(MalformedResponseException.Kind.TRUNCATED));
        assertThat(list()).isNotEmpty();
    }

    @Test
    void aDroppedConnectionIsAReset() throws Exception {
        fake.injectFault("groups.close", Fault.connectionReset(), 1);

        assertThatThrownBy(() -> client.closeGroup(alex, designTeam()))
                .isInstanceOfSatisfying(NetworkException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(NetworkException.Kind.CONNECTION_RESET);
                    assertThat(failure.host()).isEqualTo("127.0.0.1");
                });
        client.closeGroup(alex, designTeam());
    }

    @Test
    void aSlowAnswerTimesOutAfterTheResponseTimeout() throws Exception {
        fake.injectFault("groups.close", Fault.delay(Duration.ofSeconds(3)), 1);

        assertThatThrownBy(() -> client.closeGroup(alex, designTeam()))
                .isInstanceOfSatisfying(NetworkException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(NetworkException.Kind.TIMEOUT));
    }

    private List<PrivateGroup> list() throws RocketChatException {
        return Fakes.listWithDetails(client, alex, LoadProgress.NONE);
    }

    private String designTeam() {
        return fake.roomIdByName("design-team").orElseThrow();
    }
}
