package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A server that sends a byte every 100 ms never trips a socket timeout: each call's whole deadline
 * ends it instead, with a failure that names the host and the call, and the user's Cancel ends it at once.
 */
class CallDeadlineTest extends LoopbackClientTest {

    private static final Duration DEADLINE = Duration.ofSeconds(1);
    private static final Duration TRICKLE = Duration.ofMillis(100);

    @Override
    ClientSettings settings() {
        return super.settings().withDeadline(DEADLINE);
    }

    @Test
    void aSignInThatTricklesEndsAtItsDeadline() {
        server.trickle("/api/v1/login", TRICKLE);

        assertTimedOut(() -> client.login(server.workspace(), new PasswordLogin("alex", "pw", null)), "login");
    }

    @Test
    void aTokenSignInThatTricklesEndsAtItsDeadline() {
        server.trickle("/api/v1/me", TRICKLE);

        assertTimedOut(() -> client.loginWithPersonalToken(server.workspace(), "u1", "token"), "me");
    }

    @Test
    void aListThatTricklesEndsAtItsDeadline() {
        server.trickle("/api/v1/subscriptions.get", TRICKLE);

        assertTimedOut(() -> client.readGroups(session, null), "subscriptions.get");
    }

    @Test
    void theListHasADeadlineOfItsOwn() {
        ClientSettings usual = settings();
        useClient(new ClientSettings(usual.appVersion(), usual.connectTimeout(), usual.responseTimeout(),
                Duration.ofMinutes(10), DEADLINE, usual.maxListBytes(), usual.maxAnswerBytes(),
                usual.pageConcurrency()));
        server.trickle("/api/v1/subscriptions.get", TRICKLE);

        assertTimedOut(() -> client.readGroups(session, null), "subscriptions.get");
    }

    @Test
    void aPageOfRoomDetailsThatTricklesEndsAtItsDeadline() {
        server.trickle("/api/v1/groups.list", TRICKLE);

        assertTimedOut(() -> client.readRoomDetails(session, 10, rooms -> { }, null), "groups.list");
    }

    @Test
    void aCloseAndAReopenThatTrickleEndAtTheirDeadline() {
        server.trickle("/api/v1/groups.close", TRICKLE);
        server.trickle("/api/v1/groups.open", TRICKLE);

        assertTimedOut(() -> client.closeGroup(session, "r1"), "groups.close");
        assertTimedOut(() -> client.openGroup(session, "r1"), "groups.open");
    }

    @Test
    void aLogoutThatTricklesEndsAtItsDeadline() {
        server.trickle("/api/v1/logout", TRICKLE);

        assertTimedOut(() -> client.logout(session), "logout");
    }

    @Test
    void cancellingACallOnTheWireEndsItWithoutWaitingForTheDeadline() throws Exception {
        useClient(settings().withDeadline(Duration.ofMinutes(10)));
        server.trickle("/api/v1/logout", TRICKLE);
        ExecutorService background = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        try {
            Future<?> logout = background.submit(() -> {
                try {
                    client.logout(session);
                } catch (RocketChatException | RuntimeException e) {
                    ended.complete(null);
                }
            });
            awaitReceived(1);

            logout.cancel(true);

            // the deadline is ten minutes away: ending within seconds means the cancel ended it
            ended.get(5, TimeUnit.SECONDS);
        } finally {
            background.shutdownNow();
        }
    }

    private void assertTimedOut(ThrowingCallable call, String endpoint) {
        long started = System.nanoTime();
        assertThatThrownBy(call).isInstanceOfSatisfying(NetworkException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(NetworkException.Kind.TIMEOUT);
            assertThat(failure.host()).isEqualTo("127.0.0.1");
            assertThat(failure.endpoint()).isEqualTo(endpoint);
            assertThat(failure.timeLimit()).isEqualTo(DEADLINE);
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("ended near its deadline")
                .isLessThan(DEADLINE.multipliedBy(5));
    }

    private void awaitReceived(int requests) throws Exception {
        CompletableFuture.runAsync(() -> {
            while (server.received().size() < requests) {
                Thread.onSpinWait();
            }
        }).get(5, TimeUnit.SECONDS);
    }
}
