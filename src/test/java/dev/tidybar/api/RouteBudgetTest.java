package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One route's budget: what it lets out, and that no sequence of answers can leave it stuck. */
class RouteBudgetTest {

    private static final Instant START = Instant.parse("2026-12-05T12:00:00Z");

    private final RouteBudget budget = new RouteBudget("groups.close");

    @Test
    void spendsWhatTheHeadersAllowThenNamesTheReset() throws Exception {
        Instant reset = START.plusSeconds(60);
        assertThat(budget.reserve(START)).isNull();
        budget.answered(new RateLimit(10, 9, reset));

        for (int call = 0; call < 9; call++) {
            assertThat(budget.reserve(START)).as("call %d", call + 2).isNull();
        }

        assertThat(budget.reserve(START)).isEqualTo(reset);
        assertThat(budget.reserve(reset)).as("a new window").isNull();
    }

    @Test
    void beforeTheFirstAnswerOnlyOneCallIsOut() throws Exception {
        assertThat(budget.reserve(START)).isNull();

        CompletableFuture<Instant> second = reserveOnAnotherThread(START);
        assertThat(second).as("held until the first call is answered").isNotDone();
        budget.refused(START.plusSeconds(30), 10);

        // the answer was a 429: the second call is told to wait, not sent to be refused too
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(START.plusSeconds(30));
    }

    @Test
    void aFirstCallThatEndsWithoutAnAnswerLetsTheNextOneGo() throws Exception {
        assertThat(budget.reserve(START)).isNull();
        CompletableFuture<Instant> second = reserveOnAnotherThread(START);
        assertThat(second).isNotDone();

        budget.abandoned();

        assertThat(second.get(5, TimeUnit.SECONDS)).as("sent, to learn the limit").isNull();
    }

    @Test
    void anotherClientSpendingTheSameWindowLowersWhatIsLeft() throws Exception {
        Instant reset = START.plusSeconds(60);
        assertThat(budget.reserve(START)).isNull();
        budget.answered(new RateLimit(10, 9, reset));
        assertThat(budget.reserve(START)).isNull();
        assertThat(budget.reserve(START)).isNull();

        // 7 left by our count; the server counted 3 left when it answered one of the two, so another client spent 4
        budget.answered(new RateLimit(10, 3, reset));
        // an answer that counted fewer calls than ours (sent before our others arrived) changes nothing
        budget.answered(new RateLimit(10, 8, reset));

        for (int call = 0; call < 3; call++) {
            assertThat(budget.reserve(START)).as("call %d of the 3 left", call + 1).isNull();
        }
        assertThat(budget.reserve(START)).isEqualTo(reset);
    }

    @Test
    void callsStillOutWhenAWindowEndsAreCountedInTheNext() throws Exception {
        Instant firstReset = START.plusSeconds(60);
        Instant secondReset = firstReset.plusSeconds(60);
        assertThat(budget.reserve(START)).isNull();
        budget.answered(new RateLimit(10, 9, firstReset));
        for (int call = 0; call < 3; call++) {
            assertThat(budget.reserve(START)).isNull();
        }
        assertThat(budget.reserve(firstReset)).as("the first call of the new window").isNull();

        // its answer: 9 left in the new window, but the 3 calls still out may land in it too
        budget.answered(new RateLimit(10, 9, secondReset));

        for (int call = 0; call < 6; call++) {
            assertThat(budget.reserve(firstReset)).as("call %d of the 6 left", call + 1).isNull();
        }
        assertThat(budget.reserve(firstReset)).isEqualTo(secondReset);
    }

    @Test
    void aHoldNeverShortensTheWaitForTheReset() throws Exception {
        Instant reset = START.plusSeconds(60);
        assertThat(budget.reserve(START)).isNull();
        budget.answered(new RateLimit(1, 0, reset));

        budget.holdUntil(START.plusSeconds(10));
        assertThat(budget.reserve(START)).isEqualTo(reset);

        budget.holdUntil(START.plusSeconds(90));
        assertThat(budget.reserve(START)).isEqualTo(START.plusSeconds(90));
    }

    @Test
    void aRefusalWithoutALimitKeepsTheOneKnownAndOneWithALimitChangesIt() throws Exception {
        assertThat(budget.reserve(START)).isNull();
        budget.answered(new RateLimit(10, 0, START.plusSeconds(60)));
        assertThat(budget.reserve(START.plusSeconds(60))).isNull();

        budget.refused(START.plusSeconds(120), 0);
        assertThat(budget.limit()).as("the 429 had no X-RateLimit-Limit").isEqualTo(10);

        assertThat(budget.reserve(START.plusSeconds(120))).isNull();
        budget.refused(START.plusSeconds(180), 5);
        assertThat(budget.limit()).isEqualTo(5);
    }

    @Test
    void anAnswerWithoutHeadersMeansNoLimit() throws Exception {
        assertThat(budget.reserve(START)).isNull();
        budget.answered(null);

        for (int call = 0; call < 100; call++) {
            assertThat(budget.reserve(START)).isNull();
        }
    }

    @Test
    void callsInFlightAreCountedAgainstAFreshWindow() throws Exception {
        assertThat(budget.reserve(START)).isNull();
        budget.answered(new RateLimit(3, 2, START.plusSeconds(60)));
        assertThat(budget.reserve(START)).isNull();
        assertThat(budget.reserve(START)).isNull();

        assertThat(budget.reserve(START)).as("two out, none left").isEqualTo(START.plusSeconds(60));
    }

    /**
     * Whatever the server says, and however late or stale, a reserve with nothing in flight answers at
     * once: the call may go, or here is when to ask again. (A reset left null once made the listing
     * fail.) Random sequences of answers, from fixed seeds so a failure can be replayed.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void neverStuckWhateverTheAnswers(long seed) throws Exception {
        var random = new Random(seed);
        for (int sequence = 0; sequence < 50; sequence++) {
            int steps = random.nextInt(60);
            long sequenceSeed = random.nextLong();
            // on another thread, so that a budget that blocks with nothing in flight fails the test
            Instant dayLater = CompletableFuture.supplyAsync(() -> play(new Random(sequenceSeed), steps))
                    .get(5, TimeUnit.SECONDS);
            assertThat(dayLater).as("seed %d, sequence %d: a day later the window is over", seed, sequence).isNull();
        }
    }

    /** Reserves on another thread; returns once that thread has its answer or waits inside the budget. */
    private CompletableFuture<Instant> reserveOnAnotherThread(Instant now) {
        CompletableFuture<Instant> turn = new CompletableFuture<>();
        Thread reserving = new Thread(() -> {
            try {
                turn.complete(budget.reserve(now));
            } catch (InterruptedException e) {
                turn.completeExceptionally(e);
            }
        }, "reserving");
        reserving.setDaemon(true);
        reserving.start();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!turn.isDone() && reserving.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("the reserve neither ended nor waited").isLessThan(giveUp);
            Thread.onSpinWait();
        }
        return turn;
    }

    /** Random answers to the calls the budget lets out; then what it says a day later. */
    private static Instant play(Random random, int steps) {
        var budget = new RouteBudget("groups.list");
        Instant now = START;
        try {
            for (int step = 0; step < steps; step++) {
                now = now.plusMillis(random.nextInt(90_000));
                Instant until = budget.reserve(now);
                if (until != null) {
                    now = until.isAfter(now) ? until : now.plusMillis(1);
                    continue;
                }
                Instant reset = now.plusMillis(random.nextInt(180_000) - 60_000);
                switch (random.nextInt(4)) {
                    case 0 -> budget.answered(new RateLimit(random.nextInt(13), random.nextInt(16) - 3, reset));
                    case 1 -> budget.answered(null);
                    case 2 -> budget.refused(reset, random.nextInt(13));
                    default -> budget.abandoned();
                }
            }
            return budget.reserve(now.plus(Duration.ofDays(1)));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
