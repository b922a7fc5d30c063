package dev.tidybar.bench;

import static dev.tidybar.bench.BenchTables.calls;
import static dev.tidybar.bench.BenchTables.ms;
import static dev.tidybar.bench.BenchTables.ratio;

import dev.tidybar.api.ClientSettings;
import dev.tidybar.api.HttpRocketChatClient;
import dev.tidybar.api.InvalidWorkspaceAddressException;
import dev.tidybar.api.LoadProgress;
import dev.tidybar.api.PasswordLogin;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.api.Session;
import dev.tidybar.api.SubscriptionUpdate;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.bench.BenchTables.Table;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.ReceivedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How long syncing the groups takes against the fake workspace, and how many calls it costs.
 *
 * <p>For 100, 1,000 and 10,000 groups, with 0 and 50 ms of latency on every answer, and with the rate
 * limiter off and on (production's 10 calls a minute scaled 60x: 10 calls a second), it measures: the
 * usable list ({@code readGroups} after sign-in) against one round trip; all room columns
 * ({@code readRoomDetails}) with the default page concurrency against its floor; the same pages one
 * after another (page concurrency 1, limiter off only); and the calls a close (close plus its delta) and
 * a refresh (delta plus the pages again) send, counted by the fake. A second table compares page
 * concurrency 1, 4, 8 and 16 for 10,000 groups at 50 ms with the limiter off (median of 5 runs taken in
 * turns). Every run gets a fresh fake and a fresh client; the JVM is warmed up once; timings in the first
 * table are the median of 3 runs (1 run for 10,000 groups with the limiter on, which waits out about 10
 * windows twice: the columns, then the refresh).
 *
 * <p>Run it with {@code mvn -q test-compile exec:java@sync-bench}. It takes a couple of minutes and
 * prints markdown tables only. It is not a test: it has no {@code @Test} and surefire does not pick it up.
 */
public final class SyncBench {

    private static final int[] GROUPS = {100, 1_000, 10_000};
    private static final int[] LATENCIES_MS = {0, 50};
    private static final int[] CONCURRENCIES = {4, 8, 16};
    /** Alex's own groups in the demo seed: 40 groups plus the "Q3 planning" discussion. */
    private static final int ALEX_GROUPS = 41;
    private static final int PAGE_SIZE = 100;
    private static final int LIMIT_CALLS = 10;
    private static final Duration LIMIT_WINDOW = Duration.ofSeconds(1);
    private static final int RTT_SAMPLES = 5;
    private static final int CONCURRENCY_RUNS = 5;
    private static final String OPEN_GROUP = "design-team";
    /** Kept so the levels set in {@link #quietLogs} are not garbage-collected with their loggers. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private SyncBench() {
    }

    /** One row's setting. */
    private record Setup(int groups, int latencyMs, boolean limited) {

        int pages() {
            return (groups + PAGE_SIZE - 1) / PAGE_SIZE;
        }

        FakeWorkspaceConfig config() {
            FakeWorkspaceConfig config = FakeWorkspaceConfig.demo().withExtraGroups(groups - ALEX_GROUPS);
            return limited ? config.withRateLimit(LIMIT_CALLS, LIMIT_WINDOW) : config;
        }

        int runs() {
            return groups > 1_000 && limited ? 1 : 3;
        }
    }

    /** One run's timings in ms; {@code sequentialMs} is NaN with the limiter on. */
    private record Timing(double listMs, double rttMs, double columnsMs, double sequentialMs) {
    }

    /** The calls a close and a refresh sent, by endpoint. */
    private record Calls(Map<String, Integer> close, Map<String, Integer> refresh) {
    }

    private record Row(Setup setup, double listMs, double rttMs, double columnsMs, double sequentialMs,
                       Calls calls) {
    }

    public static void main(String[] args) throws Exception {
        quietLogs();
        long start = System.nanoTime();
        int defaultConcurrency = ClientSettings.defaults("bench").pageConcurrency();

        // warm-up: one untimed small run through every path
        Setup warmUp = new Setup(1_000, 0, false);
        run(warmUp, true);
        concurrencyRun(warmUp, 8);

        List<Row> rows = new ArrayList<>();
        for (int groups : GROUPS) {
            for (int latency : LATENCIES_MS) {
                for (boolean limited : new boolean[] {false, true}) {
                    rows.add(row(new Setup(groups, latency, limited)));
                }
            }
        }
        Setup big = new Setup(10_000, 50, false);
        double[] byConcurrency = byConcurrency(big);
        double seconds = (System.nanoTime() - start) / 1e9;

        printMain(rows, defaultConcurrency);
        System.out.println();
        printConcurrency(rows, big, byConcurrency);
        System.out.println();
        System.out.printf(Locale.ROOT, "%d cores, Java %s, whole benchmark %.0f s.%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), seconds);
    }

    private static Row row(Setup setup) throws Exception {
        List<Timing> timings = new ArrayList<>();
        Calls calls = null;
        for (int i = 0; i < setup.runs(); i++) {
            Result result = run(setup, i == 0);
            timings.add(result.timing());
            if (result.calls() != null) {
                calls = result.calls();
            }
        }
        return new Row(setup, median(timings, Timing::listMs), median(timings, Timing::rttMs),
                median(timings, Timing::columnsMs), median(timings, Timing::sequentialMs), calls);
    }

    private record Result(Timing timing, Calls calls) {
    }

    /** One run on a fresh fake: the timings, and the calls of a close and a refresh when {@code countCalls}. */
    private static Result run(Setup setup, boolean countCalls) throws Exception {
        try (FakeWorkspace fake = FakeWorkspace.start(setup.config())) {
            fake.setLatency(Duration.ofMillis(setup.latencyMs()));
            double listMs;
            double rttMs;
            double columnsMs;
            double sequentialMs = Double.NaN;
            Calls calls = null;
            try (HttpRocketChatClient client = new HttpRocketChatClient(ClientSettings.defaults("bench"))) {
                Session alex = signIn(client, fake);

                settle();
                long t0 = System.nanoTime();
                SubscriptionUpdate list = client.readGroups(alex, LoadProgress.NONE);
                listMs = millisSince(t0);
                expect("groups listed", setup.groups(), list.groups().size());

                rttMs = roundTrip(client, fake, alex);

                settle();
                t0 = System.nanoTime();
                int rooms = readColumns(client, alex, setup.groups());
                columnsMs = millisSince(t0);
                expect("rooms read", setup.groups(), rooms);

                if (countCalls) {
                    calls = closeAndRefresh(client, fake, alex, list.newest(), setup.groups());
                }
            }
            if (!setup.limited()) {
                sequentialMs = timeColumns(fake, setup.groups(), 1);
            }
            return new Result(new Timing(listMs, rttMs, columnsMs, sequentialMs), calls);
        }
    }

    /** What the app sends after a close, then on F5, counted by the fake. */
    private static Calls closeAndRefresh(HttpRocketChatClient client, FakeWorkspace fake, Session alex,
                                         Instant newest, int groups) throws RocketChatException {
        fake.clearReceivedRequests();
        client.closeGroup(alex, fake.roomIdByName(OPEN_GROUP).orElseThrow());
        SubscriptionUpdate delta = client.readGroupsChangedSince(alex, newest, LoadProgress.NONE);
        Map<String, Integer> close = byEndpoint(fake.receivedRequests());

        Instant since = delta.newest() != null ? delta.newest() : newest;
        fake.clearReceivedRequests();
        client.readGroupsChangedSince(alex, since, LoadProgress.NONE);
        expect("rooms read on refresh", groups, readColumns(client, alex, groups));
        Map<String, Integer> refresh = byEndpoint(fake.receivedRequests());
        return new Calls(close, refresh);
    }

    /** The median of {@link #RTT_SAMPLES} {@code GET /me}: one cheap authenticated round trip. */
    private static double roundTrip(HttpRocketChatClient client, FakeWorkspace fake, Session alex)
            throws RocketChatException {
        double[] samples = new double[RTT_SAMPLES];
        for (int i = 0; i < samples.length; i++) {
            long t0 = System.nanoTime();
            client.loginWithPersonalToken(address(fake), alex.userId(), alex.authToken());
            samples[i] = millisSince(t0);
        }
        return median(samples);
    }

    /** All columns read by a fresh client with this page concurrency, signed in first (untimed). */
    private static double timeColumns(FakeWorkspace fake, int groups, int concurrency) throws RocketChatException {
        try (HttpRocketChatClient client = new HttpRocketChatClient(
                ClientSettings.defaults("bench").withPageConcurrency(concurrency))) {
            Session alex = signIn(client, fake);
            settle();
            long t0 = System.nanoTime();
            int rooms = readColumns(client, alex, groups);
            double ms = millisSince(t0);
            expect("rooms read", groups, rooms);
            return ms;
        }
    }

    /**
     * All columns with page concurrency 1 and each of {@link #CONCURRENCIES}, the median of
     * {@link #CONCURRENCY_RUNS} runs taken in turns, so drift of the machine hits them all alike.
     */
    private static double[] byConcurrency(Setup setup) throws Exception {
        double[][] samples = new double[CONCURRENCIES.length + 1][CONCURRENCY_RUNS];
        for (int run = 0; run < CONCURRENCY_RUNS; run++) {
            for (int i = 0; i <= CONCURRENCIES.length; i++) {
                samples[i][run] = concurrencyRun(setup, i == 0 ? 1 : CONCURRENCIES[i - 1]);
            }
        }
        return Arrays.stream(samples).mapToDouble(SyncBench::median).toArray();
    }

    private static double concurrencyRun(Setup setup, int concurrency) throws Exception {
        try (FakeWorkspace fake = FakeWorkspace.start(setup.config())) {
            fake.setLatency(Duration.ofMillis(setup.latencyMs()));
            return timeColumns(fake, setup.groups(), concurrency);
        }
    }

    private static int readColumns(HttpRocketChatClient client, Session alex, int groups)
            throws RocketChatException {
        AtomicInteger rooms = new AtomicInteger();
        client.readRoomDetails(alex, groups, page -> rooms.addAndGet(page.size()), LoadProgress.NONE);
        return rooms.get();
    }

    private static Session signIn(HttpRocketChatClient client, FakeWorkspace fake) throws RocketChatException {
        return client.login(address(fake), new PasswordLogin(DemoSeed.ALEX, DemoSeed.PASSWORD, null));
    }

    private static WorkspaceAddress address(FakeWorkspace fake) {
        try {
            return WorkspaceAddress.parse(fake.baseUri().toString());
        } catch (InvalidWorkspaceAddressException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> byEndpoint(List<ReceivedRequest> requests) {
        Map<String, Integer> counts = new TreeMap<>();
        requests.forEach(request -> counts.merge(request.endpoint(), 1, Integer::sum));
        return counts;
    }

    // --- the floors -------------------------------------------------------------------------------------

    /**
     * The least time all columns can take: the pages in rounds of {@code concurrency} round trips; with
     * the limiter, also every full window but the last waited out, plus the last round trip.
     */
    private static double columnsFloor(Setup setup, double rttMs, int concurrency) {
        int pages = setup.pages();
        double parallel = ceilDiv(pages, concurrency) * rttMs;
        if (!setup.limited()) {
            return parallel;
        }
        double windows = (ceilDiv(pages, LIMIT_CALLS) - 1) * (double) LIMIT_WINDOW.toMillis();
        return Math.max(parallel, windows + rttMs);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    // --- printing ----------------------------------------------------------------------------------------

    private static void printMain(List<Row> rows, int concurrency) {
        System.out.printf(Locale.ROOT, "Sync of alex's groups against the fake workspace (page concurrency %d, the"
                + " default; limiter on = %d calls per %d s per route; times in ms, median of 3 runs, 1 run for"
                + " 10,000 groups with the limiter on)%n%n", concurrency, LIMIT_CALLS, LIMIT_WINDOW.toSeconds());
        var table = new Table("groups", "latency", "limiter", "pages", "usable list", "floor: 1 call",
                "all columns", "floor", "pages one after another", "speed-up", "calls per close",
                "calls per refresh");
        for (Row row : rows) {
            Setup setup = row.setup();
            table.add(String.format(Locale.ROOT, "%,d", setup.groups()), setup.latencyMs() + " ms",
                    setup.limited() ? "on" : "off", Integer.toString(setup.pages()), ms(row.listMs()),
                    ms(row.rttMs()), ms(row.columnsMs()), ms(columnsFloor(setup, row.rttMs(), concurrency)),
                    setup.limited() ? "-" : ms(row.sequentialMs()),
                    setup.limited() ? "-" : ratio(row.sequentialMs() / row.columnsMs()),
                    calls(row.calls().close()), calls(row.calls().refresh()));
        }
        table.print();
        System.out.println();
        System.out.println("usable list: readGroups (one subscriptions.get) right after sign-in. floor: 1 call ="
                + " median of " + RTT_SAMPLES + " GET /me on the same client.");
        System.out.println("all columns: readRoomDetails for every group. floor: ceil(pages / concurrency) x 1 call;"
                + " limiter on: the larger of that and (ceil(pages / " + LIMIT_CALLS + ") - 1) x "
                + LIMIT_WINDOW.toSeconds() + " s + 1 call.");
        System.out.println("pages one after another: the same with page concurrency 1 (limiter off only);"
                + " speed-up = one after another / all columns.");
        System.out.println("calls per close: groups.close + its delta; calls per refresh (F5): the delta + the"
                + " pages again, 429s included; counted by the fake.");
    }

    /** {@code byConcurrency}: page concurrency 1, then each of {@link #CONCURRENCIES}. */
    private static void printConcurrency(List<Row> rows, Setup big, double[] byConcurrency) {
        Row reference = rows.stream().filter(row -> row.setup().equals(big)).findFirst().orElseThrow();
        System.out.printf(Locale.ROOT, "All columns for %,d groups, %d ms latency, limiter off, by page concurrency"
                + " (ms, median of %d runs taken in turns; goal: at least 4x faster than one after another)%n%n",
                big.groups(), big.latencyMs(), CONCURRENCY_RUNS);
        var table = new Table("page concurrency", "all columns", "floor", "speed-up");
        for (int i = 0; i < byConcurrency.length; i++) {
            int concurrency = i == 0 ? 1 : CONCURRENCIES[i - 1];
            table.add(i == 0 ? "1 (one after another)" : Integer.toString(concurrency), ms(byConcurrency[i]),
                    ms(columnsFloor(big, reference.rttMs(), concurrency)),
                    ratio(byConcurrency[0] / byConcurrency[i]));
        }
        table.print();
        System.out.println();
        System.out.println("floor: ceil(pages / concurrency) x 1 call, 1 call as in the first table's row.");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private interface Field {
        double of(Timing timing);
    }

    private static double median(List<Timing> timings, Field field) {
        return median(timings.stream().mapToDouble(field::of).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Collects the garbage of seeding the fake and signing in before a timed call, not during it. */
    private static void settle() {
        System.gc();
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void expect(String what, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
        }
    }

    /** The client logs every sign-in at INFO; the benchmark prints its tables only. */
    private static void quietLogs() {
        for (String name : new String[] {"dev.tidybar", "org.apache.hc"}) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
    }
}
