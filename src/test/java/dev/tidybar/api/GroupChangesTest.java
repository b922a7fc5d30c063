package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tidybar.fake.DemoSeed;
import dev.tidybar.fake.FakeWorkspace;
import dev.tidybar.fake.FakeWorkspaceConfig;
import dev.tidybar.fake.Fault;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closing and reopening groups against the fake workspace, and the answers that refuse it. */
class GroupChangesTest {

    private final HttpRocketChatClient client = new HttpRocketChatClient(ClientSettings.defaults("test"));
    private FakeWorkspace fake;
    private Session alex;

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    @Test
    void closingHidesTheGroupAndOpeningShowsItAgain() throws Exception {
        start(FakeWorkspaceConfig.demo());
        String room = roomId("design-team");

        client.closeGroup(alex, room);

        assertThat(fake.isOpenFor(DemoSeed.ALEX, room)).contains(false);
        assertThat(GroupListingTest.named(client.readGroups(alex, null).groups(), "design-team").hidden()).isTrue();
        assertThat(fake.receivedRequests()).filteredOn(request -> request.endpoint().equals("groups.close"))
                .singleElement().satisfies(request -> assertThat(request.bodyField("roomId")).contains(room));

        client.openGroup(alex, room);

        assertThat(fake.isOpenFor(DemoSeed.ALEX, room)).contains(true);
        assertThat(GroupListingTest.named(client.readGroups(alex, null).groups(), "design-team").hidden()).isFalse();
    }

    @Test
    void closingAClosedGroupAndOpeningAnOpenOneSayWhy() throws Exception {
        start(FakeWorkspaceConfig.demo());

        assertThatThrownBy(() -> client.closeGroup(alex, roomId("old-project-x")))
                .isInstanceOfSatisfying(AlreadyClosedException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(400);
                    assertThat(failure.serverError())
                            .isEqualTo("The private group, old-project-x, is already closed to the sender");
                    assertThat(failure.serverErrorType()).isNull();
                });
        assertThatThrownBy(() -> client.openGroup(alex, roomId("design-team")))
                .isInstanceOfSatisfying(AlreadyOpenException.class, failure -> assertThat(failure.serverError())
                        .isEqualTo("The private group, design-team, is already open for the sender"));
    }

    @Test
    void closingADeletedGroupSaysItIsNotFound() throws Exception {
        start(FakeWorkspaceConfig.demo());
        String room = roomId("book-club");
        fake.deleteGroup(room);

        assertThatThrownBy(() -> client.closeGroup(alex, room))
                .isInstanceOfSatisfying(GroupNotFoundException.class, failure -> {
                    assertThat(failure.serverErrorType()).isEqualTo("error-room-not-found");
                    assertThat(failure.serverError()).endsWith("[error-room-not-found]");
                });
    }

    @Test
    void reportsTheRateLimitAndItsResetTimeWhenTheLimiterStops() throws Exception {
        start(FakeWorkspaceConfig.demo().withRateLimit(3, Duration.ofSeconds(60)));
        String room = roomId("design-team");
        Instant before = Instant.now();

        RateLimit first = client.closeGroup(alex, room).orElseThrow();
        for (int call = 2; call <= 3; call++) {
            assertThatThrownBy(() -> client.closeGroup(alex, room)).isInstanceOf(AlreadyClosedException.class);
        }

        assertThat(first.limit()).isEqualTo(3);
        assertThat(first.remaining()).isEqualTo(2);
        assertThat(first.resetAt()).isCloseTo(before.plusSeconds(60), within(5, ChronoUnit.SECONDS));
        // the budget is spent: the fourth is held back, not sent to be refused
        assertThatThrownBy(() -> client.closeGroup(alex, room))
                .isInstanceOfSatisfying(RateLimitedException.class, failure -> {
                    assertThat(failure.limit()).isEqualTo(3);
                    assertThat(failure.resetAt()).isEqualTo(first.resetAt());
                });
        assertThat(fake.receivedRequests()).filteredOn(request -> request.endpoint().equals("groups.close"))
                .hasSize(3);
    }

    @Test
    void readsTheResetTimeOfAnInjected429AndSendsNothingMoreBeforeIt() throws Exception {
        start(FakeWorkspaceConfig.demo());
        fake.injectFault("groups.open", Fault.tooManyRequests(Duration.ofSeconds(30)), 1);
        Instant before = Instant.now();

        assertThatThrownBy(() -> client.openGroup(alex, roomId("old-project-x")))
                .isInstanceOfSatisfying(RateLimitedException.class, failure ->
                        assertThat(failure.resetAt()).isCloseTo(before.plusSeconds(30), within(5, ChronoUnit.SECONDS)));
        assertThatThrownBy(() -> client.openGroup(alex, roomId("old-project-x")))
                .isInstanceOf(RateLimitedException.class);
        assertThat(fake.receivedRequests()).filteredOn(request -> request.endpoint().equals("groups.open"))
                .hasSize(1);
        assertThat(fake.isOpenFor(DemoSeed.ALEX, roomId("old-project-x"))).contains(false);
    }

    private void start(FakeWorkspaceConfig config) throws IOException, RocketChatException {
        fake = FakeWorkspace.start(config);
        alex = Fakes.signIn(client, fake, DemoSeed.ALEX);
    }

    private String roomId(String name) {
        return fake.roomIdByName(name).orElseThrow();
    }
}
