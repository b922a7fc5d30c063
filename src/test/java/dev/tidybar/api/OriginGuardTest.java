package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the client sends after each kind of redirect: which ones keep a POST and its body, what
 * counts as the workspace's own origin (scheme, host and port, default ports included), and what a
 * redirect it will not follow says. {@link RedirectTest} shows the same over real HTTP.
 */
class OriginGuardTest {

    private static final Map<String, String> CREDENTIALS = Map.of("X-Auth-Token", "t1", "X-User-Id", "u1");
    private static final byte[] BODY = "{\"roomId\":\"r1\"}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(ints = {307, 308})
    void aTemporaryOrPermanentRedirectKeepsThePostAndItsBody(int status) throws Exception {
        Outgoing next = OriginGuard.follow(close("https://chat.example.com"),
                redirect(status, "/chat/api/v1/groups.close"));

        assertThat(next.method()).isEqualTo("POST");
        assertThat(next.jsonBody()).isEqualTo(BODY);
        assertThat(next.uri()).hasToString("https://chat.example.com/chat/api/v1/groups.close");
        assertThat(next.credentials()).isEqualTo(CREDENTIALS);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303})
    void anyOtherRedirectBecomesAGetWithoutTheBody(int status) throws Exception {
        Outgoing next = OriginGuard.follow(close("https://chat.example.com"), redirect(status, "/done"));

        assertThat(next.method()).isEqualTo("GET");
        assertThat(next.jsonBody()).isNull();
        assertThat(next.uri()).hasToString("https://chat.example.com/done");
        assertThat(next.credentials()).as("still the workspace").isEqualTo(CREDENTIALS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://chat.example.com, https://chat.example.com:443/x",
            "https://chat.example.com:443, https://chat.example.com/x",
            "http://chat.example.com, http://chat.example.com:80/x",
            "https://Chat.Example.com, HTTPS://chat.EXAMPLE.com/x",
            "https://team_chat.intranet, https://team_chat.intranet:443/x",
    })
    void theSameSchemeHostAndPortAreTheWorkspacesOwnOrigin(String from, String to) throws Exception {
        Outgoing next = OriginGuard.follow(close(from), redirect(307, to));

        assertThat(next.uri()).isEqualTo(URI.create(to));
        assertThat(next.credentials()).isEqualTo(CREDENTIALS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "http://chat.example.com:8080, https://chat.example.com:8080/x, https://chat.example.com:8080",
            "http://chat.example.com, https://chat.example.com/x, https://chat.example.com:443",
            "https://chat.example.com, http://chat.example.com/x, http://chat.example.com:80",
            "https://chat.example.com, https://chat.example.com:80/x, https://chat.example.com:80",
            "http://chat.example.com, http://chat.example.com:443/x, http://chat.example.com:443",
            "https://chat.example.com, https://evil.example/x, https://evil.example:443",
            "https://team_chat.intranet, https://team_chat.other/x, https://team_chat.other:443",
            "http://chat.example.com, http:/x, http:/x",
    })
    void anotherOriginIsNotFollowedAndIsNamed(String from, String to, String named) {
        assertThatThrownBy(() -> OriginGuard.follow(close(from), redirect(302, to)))
                .isInstanceOfSatisfying(MalformedResponseException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(MalformedResponseException.Kind.REDIRECTED_AWAY);
                    assertThat(refused.elsewhere()).isEqualTo(named);
                    assertThat(refused.httpStatus()).isEqualTo(302);
                    assertThat(refused.getMessage()).isEqualTo("groups.close: the server redirected to another site, "
                            + named + "; check the workspace address");
                });
    }

    @Test
    void aLocationIsReadWithoutTheSpaceAroundIt() throws Exception {
        Outgoing next = OriginGuard.follow(close("https://chat.example.com"), redirect(307, "  /chat/x \t"));

        assertThat(next.uri()).hasToString("https://chat.example.com/chat/x");
    }

    @Test
    void aRedirectWithoutALocationIsAnUnexpectedAnswer() {
        HttpAnswer noLocation = new HttpAnswer(URI.create("https://chat.example.com"), 302, Map.of(), new byte[0]);

        assertThatThrownBy(() -> OriginGuard.follow(close("https://chat.example.com"), noLocation))
                .isInstanceOfSatisfying(MalformedResponseException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(MalformedResponseException.Kind.UNEXPECTED_SHAPE);
                    assertThat(failure.httpStatus()).isEqualTo(302);
                    assertThat(failure.getMessage()).isEqualTo("groups.close: HTTP 302 redirect without a Location");
                });
    }

    @Test
    void aLocationThatIsNoAddressIsAnUnexpectedAnswer() {
        assertThatThrownBy(() -> OriginGuard.follow(close("https://chat.example.com"), redirect(301, "/a b")))
                .isInstanceOfSatisfying(MalformedResponseException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(MalformedResponseException.Kind.UNEXPECTED_SHAPE);
                    assertThat(failure.httpStatus()).isEqualTo(301);
                    assertThat(failure.getMessage()).isEqualTo("groups.close: redirect to an invalid address");
                    assertThat(failure.getCause()).isInstanceOf(IllegalArgumentException.class);
                });
    }

    private static Outgoing close(String workspace) {
        return Outgoing.post("groups.close", URI.create(workspace + "/api/v1/groups.close"), CREDENTIALS, BODY);
    }

    private static HttpAnswer redirect(int status, String location) {
        return new HttpAnswer(URI.create("https://chat.example.com"), status, Map.of("location", location),
                new byte[0]);
    }
}
