package dev.tidybar.bench;

import static dev.tidybar.bench.BenchTables.ms;

import dev.tidybar.bench.BenchTables.Table;
import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Platform;

/**
 * How long a bulk close takes under the server's rate limit, what it costs the server, and whether the
 * screen stays smooth meanwhile.
 *
 * <p>Each run shows the real groups screen ({@link dev.tidybar.ui.groups.GroupsView}) in a window on a
 * fresh fake workspace with the limiter at 10 calls per 1 s (production's 10 a minute scaled 60x), alex
 * signed in through the real HTTP client, the list and its room columns loaded; then it ticks 200 groups,
 * presses "Close selected" and waits until the queue is idle. It measures:
 * <ol>
 *   <li>with 341 groups, the wall time from the press until the queue is idle, against
 *       ceil(200 / 10) x 1 s = 20 s (goal: at most 1.05x, 21 s), median of 3 runs; the 429s the fake's
 *       limiter sent (goal: at most one a window; 0 expected, as the client holds back a call it knows
 *       would be refused); and the {@code groups.close} calls the fake received per room (goal: each of
 *       the 200 exactly once);</li>
 *   <li>with 10,041 groups in the table (one run), the gaps between FX pulses from the last pulse before
 *       the press to the first after the queue is idle: an {@link javafx.animation.AnimationTimer} makes
 *       every frame a pulse, so a gap is how long the screen froze (goal: the longest under 50 ms). The
 *       first 2 s, the rest, and the second after idle (the delta read) are also shown apart, with what
 *       the longest gaps were spent on: CSS and layout (the scene's pre- to post-layout pulse listeners)
 *       and handling the press and the answers on the FX thread ({@link TimedTasks}).</li>
 * </ol>
 * A 50-close batch on a 10,041-group screen warms the JVM up first.
 *
 * <p>Run it with {@code mvn -q -o test-compile exec:java@bulk-bench}. It takes about two
 * minutes and prints markdown tables only. JavaFX runs headless on Monocle with the software pipeline,
 * as the tests do; on an X display instead: {@code Xvfb :77 -screen 0 1400x900x24 &}, then {@code
 * DISPLAY=:77 mvn -q -o test-compile exec:java@bulk-bench -Dglass.platform=gtk}. The last line names the
 * pipeline measured. It is not a test: it has no {@code @Test} and surefire does not pick it up.
 */
public final class BulkBench {

    private static final int CLOSES = 200;
    private static final int WARM_UP_CLOSES = 50;
    private static final int LIMIT_CALLS = 10;
    private static final Duration LIMIT_WINDOW = Duration.ofSeconds(1);
    /** Enough groups in the sidebar for 200 closes: one generated group in six is hidden. */
    private static final int SMALL_EXTRA = 300;
    private static final int BIG_EXTRA = 10_000;
    private static final int RUNS = 3;
    private static final double TIME_GOAL = 1.05;
    private static final double GAP_GOAL_MS = 50;
    private static final Duration FIRST = Duration.ofSeconds(2);
    private static final Duration TAIL = Duration.ofSeconds(1);
    /** Kept so the levels set in {@link #quietLogs} are not garbage-collected with their loggers. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private BulkBench() {
    }

    /** One batch as the fake and the pulses saw it. */
    private record Run(int groups, double wallMs, int refusals, int closeCalls, int closedOnce, int stillOpen,
                       BenchScreen.Batch batch) {
    }

    public static void main(String[] args) throws Exception {
        quietLogs();
        long start = System.nanoTime();
        BenchScreen.startFx();
        try {
            run(BIG_EXTRA, WARM_UP_CLOSES);
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                runs.add(run(SMALL_EXTRA, CLOSES));
            }
            Run big = run(BIG_EXTRA, CLOSES);
            String pipeline = BenchScreen.pipeline();
            double seconds = (System.nanoTime() - start) / 1e9;

            printTime(runs, big);
            System.out.println();
            printPulses(big);
            System.out.println();
            System.out.printf(Locale.ROOT, "%d cores, Java %s, JavaFX %s, %s, whole benchmark %.0f s.%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.version(),
                    System.getProperty("javafx.runtime.version"), pipeline, seconds);
        } finally {
            Platform.exit();
        }
    }

    /** One batch of {@code closes} on a fresh fake with {@code extraGroups} generated groups. */
    private static Run run(int extraGroups, int closes) throws Exception {
        var config = FakeWorkspaceConfig.demo().withExtraGroups(extraGroups).withRateLimit(LIMIT_CALLS, LIMIT_WINDOW);
        try (BenchScreen screen = BenchScreen.open(config)) {
            FakeWorkspace fake = screen.fake;
            System.gc();
            int refusedBefore = fake.refusedRequests();
            BenchScreen.Batch batch = screen.closeSelected(closes, TAIL);
            int refusals = fake.refusedRequests() - refusedBefore;
            Map<String, Long> closeCalls = fake.receivedRequests().stream()
                    .filter(request -> request.endpoint().equals("groups.close"))
                    .collect(Collectors.groupingBy(request -> request.bodyField("roomId").orElse(""),
                            Collectors.counting()));
            int closedOnce = (int) batch.roomIds().stream().filter(id -> closeCalls.getOrDefault(id, 0L) == 1).count();
            int stillOpen = (int) batch.roomIds().stream()
                    .filter(id -> fake.isOpenFor(DemoSeed.ALEX, id).orElse(true)).count();
            int calls = closeCalls.values().stream().mapToInt(Long::intValue).sum();
            return new Run(screen.groupCount(), (batch.idleNanos() - batch.pressNanos()) / 1e6, refusals, calls,
                    closedOnce, stillOpen, batch);
        }
    }

    // --- the pulses ----------------------------------------------------------------------------------------

    /**
     * The gaps between consecutive pulses, ms; when each began, ms after the press; the CSS and layout of
     * its pulse; and the handling of the press and of answers on the FX thread within it.
     */
    private record Gaps(double[] gaps, double[] startedAt, double[] layout, double[] handling) {

        /** The gaps from pulse {@code from} to pulse {@code to} that begin in [{@code fromMs}, {@code toMs}). */
        static Gaps of(BenchScreen.Batch batch, int from, int to, double fromMs, double toMs) {
            long[] pulses = batch.pulses();
            long[] handlerStarts = batch.handlerStarts();
            int handler = 0;
            List<double[]> kept = new ArrayList<>();
            for (int i = from; i < Math.min(to, pulses.length - 1); i++) {
                long handled = 0;
                for (; handler < handlerStarts.length && handlerStarts[handler] < pulses[i + 1]; handler++) {
                    if (handlerStarts[handler] >= pulses[i]) {
                        handled += batch.handlerEnds()[handler] - handlerStarts[handler];
                    }
                }
                double at = (pulses[i] - batch.pressNanos()) / 1e6;
                long layoutEnd = batch.layoutEnds()[i];
                if (at >= fromMs && at < toMs) {
                    kept.add(new double[] {(pulses[i + 1] - pulses[i]) / 1e6, at,
                            layoutEnd == 0 ? 0 : (layoutEnd - batch.layoutStarts()[i]) / 1e6, handled / 1e6});
                }
            }
            return new Gaps(column(kept, 0), column(kept, 1), column(kept, 2), column(kept, 3));
        }

        private static double[] column(List<double[]> rows, int column) {
            return rows.stream().mapToDouble(row -> row[column]).toArray();
        }

        double longest() {
            return Arrays.stream(gaps).max().orElse(Double.NaN);
        }

        double percentile(double p) {
            double[] sorted = gaps.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
        }

        /** The {@code n} longest gaps, "52.2 (31.0 / 9.5) at +87", longest first. */
        String longestFew(int n) {
            return IntStream.range(0, gaps.length).boxed()
                    .sorted((a, b) -> Double.compare(gaps[b], gaps[a])).limit(n)
                    .map(i -> ms(gaps[i]) + " (" + ms(layout[i]) + " / " + ms(handling[i]) + ") at +"
                            + ms(startedAt[i]))
                    .collect(Collectors.joining(", "));
        }

        String[] row(String when, String goal) {
            return new String[] {when, Integer.toString(gaps.length), ms(percentile(0.5)), ms(percentile(0.99)),
                    ms(longest()), goal, ms(Arrays.stream(layout).max().orElse(Double.NaN)),
                    ms(Arrays.stream(handling).max().orElse(Double.NaN)), longestFew(3)};
        }
    }

    // --- printing ----------------------------------------------------------------------------------------

    private static void printTime(List<Run> runs, Run big) {
        int windows = (CLOSES + LIMIT_CALLS - 1) / LIMIT_CALLS;
        double idealMs = windows * (double) LIMIT_WINDOW.toMillis();
        System.out.printf(Locale.ROOT, "Close selected: %d groups, limiter at %d calls per %d s (times in ms; goals:"
                + " at most %.2fx of ceil(%d / %d) x %d s = %s, at most one 429 a window, each group closed once)%n%n",
                CLOSES, LIMIT_CALLS, LIMIT_WINDOW.toSeconds(), TIME_GOAL, CLOSES, LIMIT_CALLS,
                LIMIT_WINDOW.toSeconds(), ms(idealMs));
        var table = new Table("run", "groups in the table", "press to idle", "ideal", "ratio", "time goal", "429s",
                "429 goal", "groups.close calls", "closed exactly once", "still open");
        List<Run> rows = new ArrayList<>(runs);
        rows.add(big);
        for (int i = 0; i < rows.size(); i++) {
            Run run = rows.get(i);
            table.add(i < runs.size() ? Integer.toString(i + 1) : "big table (below)", count(run.groups()),
                    ms(run.wallMs()), ms(idealMs), ratio(run.wallMs() / idealMs),
                    met(run.wallMs() / idealMs <= TIME_GOAL), Integer.toString(run.refusals()),
                    met(run.refusals() <= windows), Integer.toString(run.closeCalls()),
                    run.closedOnce() + " of " + CLOSES, Integer.toString(run.stillOpen()));
        }
        double[] sorted = runs.stream().mapToDouble(Run::wallMs).sorted().toArray();
        double median = sorted[sorted.length / 2];
        table.add("median of " + runs.size(), count(runs.get(0).groups()), ms(median), ms(idealMs),
                ratio(median / idealMs), met(median / idealMs <= TIME_GOAL), "-", "-", "-", "-", "-");
        table.print();
        System.out.println();
        System.out.println("press to idle: from firing \"Close selected\" on the FX thread to the queue's progress"
                + " turning idle. 429s: refused by the fake's limiter, any route, from the press to 1 s after idle."
                + " groups.close calls: received by the fake, any room. still open: ticked groups alex still has in"
                + " his sidebar, asked of the fake.");
    }

    private static void printPulses(Run big) {
        BenchScreen.Batch batch = big.batch();
        double idleMs = (batch.idleNanos() - batch.pressNanos()) / 1e6;
        int from = batch.firstPulse();
        int idle = batch.idlePulse();
        System.out.printf(Locale.ROOT, "FX pulses while %d closes run with %s groups in the table (gaps between"
                + " AnimationTimer frames, ms; goal: the longest under %.0f ms)%n%n", CLOSES, count(big.groups()),
                GAP_GOAL_MS);
        var table = new Table("when", "gaps", "median", "99th percentile", "longest", "goal",
                "longest CSS + layout", "longest handling",
                "the 3 longest: gap (CSS + layout / handling) at ms after the press");
        Gaps during = Gaps.of(batch, from, idle, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        table.add(during.row("press to idle", met(during.longest() < GAP_GOAL_MS)));
        table.add(Gaps.of(batch, from, idle, Double.NEGATIVE_INFINITY, FIRST.toMillis())
                .row("  the first " + FIRST.toSeconds() + " s", "-"));
        table.add(Gaps.of(batch, from, idle, FIRST.toMillis(), Double.POSITIVE_INFINITY).row("  the rest", "-"));
        table.add(Gaps.of(batch, idle, Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, idleMs + TAIL.toMillis())
                .row("the " + TAIL.toSeconds() + " s after idle (delta read)", "-"));
        table.print();
        System.out.println();
        System.out.printf(Locale.ROOT, "press to idle: from the last pulse before the press to the first after idle,"
                + " so the press counts. CSS + layout: from the scene's pre- to its post-layout pulse listener in"
                + " the gap's pulse. handling: the press and the answers' callbacks and progress reports on the FX"
                + " thread, summed per gap. The rest of a gap is rendering, animations, JavaFX's own work and"
                + " waiting for a core. Garbage collection from the press to idle: %d collections, %d ms.%n",
                batch.gcCount(), batch.gcMillis());
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }

    private static String count(int groups) {
        return String.format(Locale.ROOT, "%,d", groups);
    }

    private static String met(boolean met) {
        return met ? "met" : "missed";
    }

    /** The client logs every sign-in at INFO, JavaFX its class-path warning; the benchmark prints its tables only. */
    static void quietLogs() {
        for (String name : new String[] {"dev.tidybar", "org.apache.hc"}) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
        Logger javafx = Logger.getLogger("javafx");
        javafx.setLevel(Level.SEVERE);
        QUIETED.add(javafx);
    }
}
