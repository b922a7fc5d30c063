package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credentials stay on the workspace's origin, however the server redirects. */
class RedirectTest {

    private static final String SUCCESS = "{\"success\":true}";

    private LoopbackServer workspace;
    private LoopbackServer elsewhere;
    private HttpRocketChatClient client;
    private Session session;

    @BeforeEach
    void start() throws Exception {
        workspace = LoopbackServer.start();
        elsewhere = LoopbackServer.start();   // another port: another origin
        client = new HttpRocketChatClient(ClientSettings.defaults("9.9.9"));
        session = workspace.session();
    }

    @AfterEach
    void stop() {
        client.close();
        workspace.close();
        elsewhere.close();
    }

    @Test
    void aReadRedirectedToAnotherOriginIsNotTakenAsTheWorkspacesAnswer() {
        redirect("/api/v1/subscriptions.get", 302, elsewhere.base() + "/api/v1/subscriptions.get");
        elsewhere.answerJson("/api/v1/subscriptions.get", 200, "{\"update\":[],\"remove\":[],\"success\":true}");

        assertThatThrownBy(() -> client.readGroups(session, null))
                .isInstanceOfSatisfying(MalformedResponseException.class, failure ->
                        assertThat(failure.getMessage()).contains("redirected to another site", elsewhere.base()
                                .getPort() + ""));
        assertThat(elsewhere.received()).as("neither the token nor the call went there").isEmpty();
    }

    @Test
    void aTokenSignInRedirectedToAnotherOriginSendsNothingThere() {
        redirect("/api/v1/me", 301, elsewhere.base() + "/api/v1/me");

        assertThatThrownBy(() -> client.loginWithPersonalToken(workspace.workspace(), LoopbackServer.USER_ID,
                LoopbackServer.TOKEN))
                .isInstanceOf(MalformedResponseException.class);
        assertThat(elsewhere.received()).isEmpty();
    }

    @Test
    void aPostRedirectedWith303BecomesAGetWithoutItsBody() throws Exception {
        redirect("/api/v1/groups.close", 303, "/api/v1/done");
        workspace.answerJson("/api/v1/done", 200, SUCCESS);

        client.closeGroup(session, "room-1");

        assertThat(workspace.received()).hasSize(2).last().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.body()).isEmpty();
        });
    }

    @Test
    void aCloseRedirectedToAnotherOriginIsNotReportedAsDone() {
        redirect("/api/v1/groups.close", 302, elsewhere.base() + "/api/v1/groups.close");

        assertThatThrownBy(() -> client.closeGroup(session, "room-1"))
                .isInstanceOfSatisfying(MalformedResponseException.class, failure ->
                        assertThat(failure.getMessage()).contains("redirected to another site"));
        assertThat(elsewhere.received()).isEmpty();
    }

    @Test
    void aRedirectWithinTheWorkspaceKeepsTheCredentials() throws Exception {
        redirect("/api/v1/groups.close", 307, "/chat/api/v1/groups.close");
        workspace.answerJson("/chat/api/v1/groups.close", 200, SUCCESS);

        client.closeGroup(session, "room-1");

        assertThat(workspace.received()).hasSize(2).last().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/chat/api/v1/groups.close");
            assertThat(request.headers()).containsEntry("x-auth-token", LoopbackServer.TOKEN)
                    .containsEntry("x-user-id", LoopbackServer.USER_ID);
            assertThat(request.body()).isEqualTo("{\"roomId\":\"room-1\"}");
        });
    }

    @Test
    void aLoginIsNotResentToAnotherOrigin() throws Exception {
        redirect("/api/v1/login", 308, elsewhere.base() + "/api/v1/login");

        assertThatThrownBy(() -> client.login(workspace.workspace(), new PasswordLogin("alex", "hunter2", null)))
                .isInstanceOfSatisfying(MalformedResponseException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(MalformedResponseException.Kind.REDIRECTED_AWAY);
                    assertThat(failure.elsewhere()).isEqualTo("http://127.0.0.1:" + elsewhere.base().getPort());
                    assertThat(failure.getMessage()).contains("redirected to another site")
                            .doesNotContain("hunter2");
                });
        assertThat(elsewhere.received()).isEmpty();
    }

    @Test
    void endlessRedirectsEnd() {
        redirect("/api/v1/groups.close", 302, "/api/v1/groups.close");

        assertThatThrownBy(() -> client.closeGroup(session, "room-1"))
                .isInstanceOfSatisfying(MalformedResponseException.class,
                        failure -> assertThat(failure.getMessage()).contains("redirects"));
    }

    private void redirect(String path, int status, String location) {
        workspace.answer(path, status, "text/plain", "", Map.of("Location", location));
    }
}
