package dev.tidybar.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.fake.FakeHttp.Auth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request log, in Java and over /_fake/requests, shows that secrets were sent, never what they were. */
class RequestLogRedactionTest extends DemoWorkspaceTest {

    private static final String REDACTED = ReceivedRequest.REDACTED;

    @Test
    void noTokenPasswordOrCodeIsKeptAfterLoginsAndAuthenticatedCalls() {
        Auth session = http.login(DemoSeed.ALEX);
        assertThat(http.get("/api/v1/me", session).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/login", "{\"resume\":\"" + session.token() + "\"}", null).status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/login", "{\"user\":\"sam\",\"password\":\"" + DemoSeed.PASSWORD
                + "\",\"code\":\"" + DemoSeed.TOTP_CODE + "\"}", null).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/groups.list", alex).status()).isEqualTo(200);

        String[] secrets = {DemoSeed.PASSWORD, session.token(), DemoSeed.TOTP_CODE, DemoSeed.ALEX_PERSONAL_TOKEN};
        assertThat(workspace.receivedRequests().toString()).contains(REDACTED).doesNotContain(secrets);
        assertThat(http.get("/_fake/requests", null).body()).contains(REDACTED).doesNotContain(secrets);
        List<ReceivedRequest> log = workspace.receivedRequests();
        assertThat(log.get(0).bodyField("user")).contains(DemoSeed.ALEX);
        assertThat(log.get(0).bodyField("password")).contains(REDACTED);
        assertThat(log.get(1).authToken()).isEqualTo(REDACTED);
        assertThat(log.get(1).userId()).isEqualTo(session.userId());
        assertThat(log.get(2).bodyField("resume")).contains(REDACTED);
        assertThat(log.get(3).bodyField("code")).contains(REDACTED);
        assertThat(log.get(4).authToken()).isEqualTo(REDACTED);
    }

    @Test
    void aFormBodyKeepsItsOtherFields() {
        Auth admin = http.login(DemoSeed.ADMIN);

        FakeHttp.Answer created = http.postTyped("/api/v1/users.create", "application/x-www-form-urlencoded",
                "email=casey%40tidybar.example&name=Casey&password=s3cret-pass&username=casey", admin);

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        ReceivedRequest create = workspace.receivedRequests().get(1);
        assertThat(create.body()).doesNotContain("s3cret-pass");
        assertThat(create.bodyField("password")).contains(REDACTED);
        assertThat(create.bodyField("username")).contains("casey");
        assertThat(create.bodyField("email")).contains("casey@tidybar.example");
    }

    @Test
    void secretsInsideObjectsAndListsAreRedactedWhateverTheirValue() {
        http.post("/api/v1/login", "{\"user\":{\"username\":\"alex\"},\"password\":{\"digest\":\"d1gest\","
                + "\"algorithm\":\"sha-256\"},\"totp\":{\"code\":314159},\"devices\":[{\"pushToken\":\"pu5h\"}],"
                + "\"requirePasswordChange\":true}", null);

        ReceivedRequest login = workspace.receivedRequests().get(0);
        assertThat(login.body()).doesNotContain("d1gest", "314159", "pu5h")
                .contains("\"user\":{\"username\":\"alex\"}", "\"requirePasswordChange\":true");
        assertThat(login.bodyField("password")).contains(REDACTED);
    }

    @Test
    void aBodyWithoutSecretsIsKeptAsSent() {
        String close = "{ \"roomId\" : \"" + designTeam + "\" }";

        http.post("/api/v1/groups.close", close, alex);

        assertThat(workspace.receivedRequests().get(0).body()).isEqualTo(close);
    }

    @Test
    void brokenJsonIsKeptAsNothingAndSecretQueryParametersAreRedacted() {
        http.post("/api/v1/login", "{\"user\":\"alex\",\"password\":\"" + DemoSeed.PASSWORD + "\"", null);
        http.get("/api/v1/me?fields=name&resume=qu3ry", alex);

        List<ReceivedRequest> log = workspace.receivedRequests();
        assertThat(log.get(0).body()).isEqualTo(REDACTED);
        assertThat(log.get(1).query()).isEqualTo(Map.of("fields", "name", "resume", REDACTED));
    }
}
