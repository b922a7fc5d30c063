package dev.tidybar.bench;

import static dev.tidybar.bench.BenchTables.ms;

import dev.tidybar.bench.BenchTables.Table;
import dev.tidybar.fake.FakeWorkspaceConfig;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;

/**
 * Whether the groups screen stays smooth, and how much heap it keeps, while 10,041 groups load.
 *
 * <p>Each run shows the real groups screen on a fresh fake workspace holding 10,000 generated groups
 * besides alex's own, and loads it: the list ({@code subscriptions.get}), then the room columns page by
 * page ({@code groups.list}). It prints, per run, the longest gap between FX pulses until the list is
 * applied and while the columns fill in, and the most CPU the FX thread spent in any one gap (its own
 * longest work, whatever else the machine was doing); how many answers the FX thread handled and the longest and
 * total time it spent on them ({@link TimedTasks}); and the heap in use once everything is loaded,
 * after a full collection, with the screen still showing. The first run is cold (classes loaded, code
 * interpreted), as at a real sign-in; the others are warm.
 *
 * <p>Run it with {@code mvn -q -o test-compile exec:java@load-bench}; on an X display instead of
 * headless Monocle, add {@code -Dglass.platform=gtk} with {@code DISPLAY} set. It is not a test: it has no
 * {@code @Test} and surefire does not pick it up.
 */
public final class LoadBench {

    private static final int EXTRA_GROUPS = 10_000;
    private static final int RUNS = 4;

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        BulkBench.quietLogs();
        BenchScreen.startFx();
        try {
            var table = new Table("run", "groups", "longest gap to the list (its CPU)",
                    "longest gap while columns fill (its CPU)", "most FX CPU in one gap",
                    "FX handlings", "longest handling", "all handling", "heap kept (MB)", "bytes a group");
            long empty = heapAfterCollection();
            for (int run = 1; run <= RUNS; run++) {
                try (BenchScreen screen = BenchScreen.open(FakeWorkspaceConfig.demo().withExtraGroups(EXTRA_GROUPS))) {
                    BenchScreen.Load load = screen.load();
                    // the fake holds every group too: the same share in every run, before a change and after
                    long kept = heapAfterCollection();
                    int groups = screen.groupCount();
                    long handling = 0;
                    long longest = 0;
                    for (int i = 0; i < load.handlerStarts().length; i++) {
                        long spent = load.handlerEnds()[i] - load.handlerStarts()[i];
                        handling += spent;
                        longest = Math.max(longest, spent);
                    }
                    table.add(run == 1 ? "1 (cold)" : Integer.toString(run), String.format(Locale.ROOT, "%,d", groups),
                            longestGap(load, 0, load.listPulse() + 2),
                            longestGap(load, load.listPulse() + 2, load.loadedPulse()),
                            mostCpuInAGap(load),
                            Integer.toString(load.handlerStarts().length), ms(longest / 1e6), ms(handling / 1e6),
                            String.format(Locale.ROOT, "%.1f", (kept - empty) / 1e6),
                            Long.toString((kept - empty) / Math.max(1, groups)));
                }
            }
            table.print();
            System.out.println();
            System.out.printf(Locale.ROOT, "Gaps between AnimationTimer frames, ms; in brackets the FX thread's CPU time in that gap. Heap kept: used heap after"
                    + " System.gc() with the screen loaded, less the same before the first run (it includes the fake"
                    + " workspace's own copy of the groups). %d cores, Java %s, JavaFX %s, %s.%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.version(),
                    System.getProperty("javafx.runtime.version"), BenchScreen.pipeline());
        } finally {
            Platform.exit();
        }
    }

    /** The longest gap ending at a pulse from {@code from} to {@code to} (excluded), and the FX thread's CPU in it. */
    private static String longestGap(BenchScreen.Load load, int from, int to) {
        long[] pulses = load.pulses();
        int longest = -1;
        for (int i = Math.max(1, from); i < Math.min(to, pulses.length); i++) {
            if (longest < 0 || pulses[i] - pulses[i - 1] > pulses[longest] - pulses[longest - 1]) {
                longest = i;
            }
        }
        return longest < 0 ? "-" : ms((pulses[longest] - pulses[longest - 1]) / 1e6) + " ("
                + ms((load.pulseCpu()[longest] - load.pulseCpu()[longest - 1]) / 1e6) + ")";
    }

    /** The most CPU time the FX thread spent between two pulses, from the first frame until loaded: its own longest work. */
    private static String mostCpuInAGap(BenchScreen.Load load) {
        long[] cpu = load.pulseCpu();
        long most = 0;
        for (int i = 1; i < cpu.length; i++) {
            most = Math.max(most, cpu[i] - cpu[i - 1]);
        }
        return ms(most / 1e6);
    }

    private static long heapAfterCollection() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
