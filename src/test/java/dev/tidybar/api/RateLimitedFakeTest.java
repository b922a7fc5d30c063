package dev.tidybar.api;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.ReceivedRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;

/**
 * Listing against the fake workspace with its rate limiter on. By default the client and the fake
 * share a {@link ManualClock}, so production's 10 calls a minute cost no real time.
 */
abstract class RateLimitedFakeTest {

    /** Alex's seed: 40 groups plus the "Q3 planning" discussion. */
    static final int ALEX_GROUPS = 41;

    final ManualClock clock = new ManualClock();
    final RecordingProgress progress = new RecordingProgress();
    HttpRocketChatClient client;
    FakeWorkspace fake;

    /** Starts the fake and a client sharing {@link #clock}, and signs alex in. */
    Session startWithManualClock(FakeWorkspaceConfig config) throws IOException, RocketChatException {
        client = new HttpRocketChatClient(ClientSettings.defaults("test"), clock, clock.sleeper());
        fake = FakeWorkspace.start(config.withClock(clock));
        return signInAlex();
    }

    /** Starts the fake and a client that both run on the real clock, and signs alex in. */
    Session startOnRealTime(FakeWorkspaceConfig config) throws IOException, RocketChatException {
        client = new HttpRocketChatClient(ClientSettings.defaults("test"));
        fake = FakeWorkspace.start(config);
        return signInAlex();
    }

    private Session signInAlex() throws RocketChatException {
        Session alex = Fakes.signIn(client, fake, DemoSeed.ALEX);
        fake.clearReceivedRequests();
        return alex;
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    /** The offsets of the groups.list pages the fake was asked for, in order. */
    List<Integer> pagesAsked() {
        return fake.receivedRequests().stream().filter(request -> request.endpoint().equals("groups.list"))
                .map(RateLimitedFakeTest::offset).collect(Collectors.toList());
    }

    long callsTo(String endpoint) {
        return fake.receivedRequests().stream().filter(request -> request.endpoint().equals(endpoint)).count();
    }

    private static int offset(ReceivedRequest request) {
        return Integer.parseInt(request.query().getOrDefault("offset", "0"));
    }

    /** What the listing reported, from whichever thread. */
    static final class RecordingProgress implements LoadProgress {

        final List<Integer> loaded = new CopyOnWriteArrayList<>();
        final List<Instant> waits = new CopyOnWriteArrayList<>();

        @Override
        public void update(int loadedSoFar, int total) {
            loaded.add(loadedSoFar);
        }

        @Override
        public void waitingUntil(Instant until) {
            waits.add(until);
        }
    }
}
