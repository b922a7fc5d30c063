package dev.tidybar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.api.LoadProgress;
import dev.tidybar.api.PasswordLogin;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import java.lang.reflect.Proxy;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HTTP client built beside the window: what is asked of it before it is there waits, and quitting never does. */
@Timeout(20)
class ClientAfterStartTest {

    private final ClientAfterStart client = new ClientAfterStart();
    /** Holds the build until the test lets it finish. */
    private final CountDownLatch buildMayFinish = new CountDownLatch(1);

    private void buildSlowly(RocketChatClient built) {
        client.build(() -> {
            try {
                buildMayFinish.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return built;
        });
    }

    @Test
    void aSignInBeforeTheClientIsBuiltWaitsForItAndSignsIn() throws Exception {
        try (var fake = FakeWorkspace.start(FakeWorkspaceConfig.demo())) {
            buildSlowly(new HttpRocketChatClient(ClientSettings.defaults("test")));
            var address = WorkspaceAddress.parse(fake.baseUri().toString());
            var signIn = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.login(address, new PasswordLogin(DemoSeed.ALEX, DemoSeed.PASSWORD, null));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            buildMayFinish.countDown();

            assertThat(signIn.get(10, TimeUnit.SECONDS)).extracting(Session::username).isEqualTo(DemoSeed.ALEX);
            client.close();
        }
    }

    @Test
    void quittingBeforeTheClientIsBuiltDoesNotWaitAndClosesItOnceBuilt() throws InterruptedException {
        var closed = new CountDownLatch(1);
        buildSlowly((RocketChatClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RocketChatClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        closed.countDown();
                    }
                    return null;
                }));

        client.close();
        assertThat(closed.getCount()).as("not closed before it is built").isOne();
        buildMayFinish.countDown();

        assertThat(closed.await(10, TimeUnit.SECONDS)).as("closed once built").isTrue();
    }

    @Test
    void aWaitingCallThatIsInterruptedEndsAsACancelledCall() throws InterruptedException {
        var outcome = new CompletableFuture<Throwable>();
        var caller = new Thread(() -> {
            try {
                client.readGroups(null, LoadProgress.NONE);
                outcome.complete(null);
            } catch (Exception | Error e) {
                outcome.complete(Thread.currentThread().isInterrupted() ? e : new AssertionError("interrupt lost", e));
            }
        });
        caller.start();

        caller.interrupt();
        caller.join();

        assertThat(outcome.join()).isInstanceOf(CancellationException.class);
    }
}
