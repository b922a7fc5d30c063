package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How long the list waits after a 429, on a clock shared with the fake: a reset already past (the
 * server's clock behind ours) still holds the next call back, longer after each refusal in a row;
 * a wait of exactly the longest allowed is waited out; and a held-back close says when it may go.
 */
class RateLimitWaitsTest extends RateLimitedFakeTest {

    /** Hours, minutes and seconds, as the message starts its time of day (the fraction varies in length). */
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Test
    void aResetAlreadyPastHoldsTheListBackLongerAfterEachRefusalInARow() throws Exception {
        Instant start = clock.instant();

        assertThat(waitsOfAListRefused(3, Duration.ZERO)).as("1 s, then 2 s, then 4 s")
                .containsExactly(start.plusSeconds(1), start.plusSeconds(3), start.plusSeconds(7));
    }

    @Test
    void refusalAfterRefusalEndsTheListInsteadOfTryingForever() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo());
        fake.injectFault("subscriptions.get", Fault.tooManyRequests(Duration.ofSeconds(10)), 20);

        assertThatThrownBy(() -> client.readGroups(alex, progress)).isInstanceOf(RateLimitedException.class);
        assertThat(callsTo("subscriptions.get")).isEqualTo(RateLimitPause.MOST_REFUSALS_IN_A_ROW);
    }

    @Test
    void aWaitOfExactlyTheLongestAllowedIsWaitedOut() throws Exception {
        Instant start = clock.instant();

        assertThat(waitsOfAListRefused(1, RateLimitPause.LONGEST_WAIT))
                .containsExactly(start.plus(RateLimitPause.LONGEST_WAIT));
    }

    @Test
    void aListWhoseBudgetIsSpentForTooLongSaysSoWithoutWaiting() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withRateLimit(1, Duration.ofMinutes(10)));
        Instant start = clock.instant();
        client.readGroups(alex, progress);

        assertThatThrownBy(() -> client.readGroups(alex, progress))
                .isInstanceOfSatisfying(RateLimitedException.class, failure -> {
                    assertThat(failure.getMessage()).startsWith("subscriptions.get: the server's rate limit (1 calls)"
                            + " allows the next call at ").endsWith("more than 5 minutes from now");
                    assertThat(failure.resetAt()).isEqualTo(start.plus(Duration.ofMinutes(10)));
                });
        assertThat(callsTo("subscriptions.get")).isEqualTo(1);
        assertThat(clock.instant()).as("no time was spent waiting").isEqualTo(start);
    }

    @Test
    void aCloseHeldBackUntilLaterTodaySaysTheTime() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withRateLimit(1, Duration.ofMinutes(1)));
        Instant reset = clock.instant().plus(Duration.ofMinutes(1));

        assertThat(heldBackClose(alex))
                .contains("allows the next call at " + CLOCK_TIME.format(reset))
                .doesNotContain(reset.toString());
    }

    @Test
    void aCloseHeldBackPastHalfADaySaysTheDateToo() throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo().withRateLimit(1, Duration.ofHours(13)));
        Instant reset = clock.instant().plus(Duration.ofHours(13));

        assertThat(heldBackClose(alex)).endsWith("allows the next call at " + reset);
    }

    /** Reads the list through {@code refusals} 429s, each resetting {@code resetIn} after it; the waits told of. */
    private List<Instant> waitsOfAListRefused(int refusals, Duration resetIn) throws Exception {
        Session alex = startWithManualClock(FakeWorkspaceConfig.demo());
        fake.injectFault("subscriptions.get", Fault.tooManyRequests(resetIn), refusals);

        assertThat(client.readGroups(alex, progress).groups()).hasSize(ALEX_GROUPS);
        assertThat(callsTo("subscriptions.get")).isEqualTo(refusals + 1);
        return progress.waits;
    }

    /** Spends the route's one call, then tries again: the budget holds it back without sending it. */
    private String heldBackClose(Session alex) throws Exception {
        String room = fake.roomIdByName("design-team").orElseThrow();
        client.closeGroup(alex, room);

        Throwable heldBack = catchThrowable(() -> client.closeGroup(alex, room));

        assertThat(heldBack).isInstanceOf(RateLimitedException.class);
        assertThat(callsTo("groups.close")).as("held back, not sent").isEqualTo(1);
        return heldBack.getMessage();
    }
}
