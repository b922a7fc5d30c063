package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.UiText;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix (issue #9): every call the app makes ({@link EndpointCall}) against each way a
 * server or the network can fail it ({@link NetworkFault}, {@link AnswerFault}, {@link RateLimitFault}),
 * on a real loopback server. A cell passes only when the call gives exactly the typed failure its
 * fault stands for, with its kind and status, never an unchecked one, and when that failure puts up
 * a banner that says more than "something went wrong".
 */
class FaultMatrixTest {

    /** The banner text the screens fall back on for a failure they cannot explain (error.group.unexpected.message). */
    private static final String GENERIC_MESSAGE = "Something unexpected went wrong";

    private final ManualClock clock = new ManualClock();
    private final ErrorNotices errors = new ErrorNotices(UiText.load(Locale.ENGLISH), clock);
    private LoopbackServer server;
    private HttpRocketChatClient client;

    static Stream<Arguments> cells() {
        return Stream.of(NetworkFault.values(), AnswerFault.values(), RateLimitFault.values())
                .flatMap(Arrays::stream)
                .flatMap(fault -> Arrays.stream(EndpointCall.values()).map(endpoint -> Arguments.of(endpoint, fault)));
    }

    @BeforeEach
    void startServer() throws IOException {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stopClientAndServer() {
        if (client != null) {
            client.close();
        }
        server.close();   // lets silent handlers go
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cells")
    void givesTheTypedFailureOfItsFault(EndpointCall endpoint, CallFault fault) throws IOException {
        WorkspaceAddress workspace = fault.workspace(server);
        fault.install(server, endpoint, clock);
        CallFault.Expected expected = fault.expected(endpoint);

        Throwable thrown = call(endpoint, fault.settings(), workspace);

        if (expected == null) {
            assertThat(thrown).as("what the call threw").isNull();
            return;
        }
        assertThat(thrown).as("what the call threw").isExactlyInstanceOf(expected.type());
        RocketChatException failure = (RocketChatException) thrown;
        assertThat(kindOf(failure)).as("the kind of failure").isEqualTo(expected.kind());
        assertThat(failure.httpStatus()).as("the HTTP status").isEqualTo(expected.status());
        expected.holds().accept(failure);
        fault.afterwards(server, endpoint);
        Notice banner = endpoint.bannerFor(failure, errors, workspace);
        if (banner != null) {
            assertSaysWhatWentWrong(banner, expected.bannerSays());
        }
    }

    /** The control row: with the answer a real server gives, every call works, so each failure above is its fault's. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(EndpointCall.class)
    void succeedsOnTheAnswerARealServerGives(EndpointCall endpoint) {
        server.answerJson(endpoint.path(), 200, endpoint.goodAnswer());

        assertThat(call(endpoint, CallFault.SETTINGS, server.workspace())).as("what the call threw").isNull();
    }

    /** What {@code endpoint}'s call threw, or null. */
    private Throwable call(EndpointCall endpoint, ClientSettings settings, WorkspaceAddress workspace) {
        // the client's rate-limit waits move the manual clock instead of sleeping
        client = new HttpRocketChatClient(settings, clock, clock.sleeper());
        return catchThrowable(() -> endpoint.callOn(client, workspace));
    }

    private static void assertSaysWhatWentWrong(Notice banner, String mustSay) {
        assertThat(banner.title()).as("the banner's title").isNotBlank().isNotEqualTo("Something went wrong");
        assertThat(banner.message()).as("the banner's message").isNotBlank().doesNotContain(GENERIC_MESSAGE);
        if (mustSay != null) {
            assertThat(banner.title() + "\n" + banner.message()).as("the banner").contains(mustSay);
        }
    }

    private static Enum<?> kindOf(RocketChatException failure) {
        if (failure instanceof NetworkException network) {
            return network.kind();
        }
        return failure instanceof MalformedResponseException malformed ? malformed.kind() : null;
    }
}
