package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading the room columns from the pages of groups.list: as many pages as the subscriptions
 * promise, at the same time within the bound, never sized by the server's {@code total}, stopping
 * at an empty page or at the page cap, and never handing a room over twice.
 */
class RoomDetailsReadingTest extends LoopbackClientTest {

    private final List<String> serverRooms = new ArrayList<>();
    private final AtomicInteger pagesServed = new AtomicInteger();
    private final List<RoomDetails> handedOver = new CopyOnWriteArrayList<>();
    private Runnable beforeLaterPage = () -> { };
    /** What the pages claim as {@code total}; -1 for the true number. */
    private long claimedTotal = -1;
    /** The most rows a page holds, as the server's {@code API_Upper_Count_Limit}. */
    private int serverPageCap = 100;

    @BeforeEach
    void seedTheList() {
        IntStream.range(0, 150).mapToObj(i -> String.format("room-%03d", i)).forEach(serverRooms::add);
    }

    @Test
    void readsThePagesTheSubscriptionsPromiseAndNotOneMore() throws Exception {
        serveGroups(rooms -> { });

        RoomDetailsRead read = read(150);

        assertThat(handedOver).hasSize(150).extracting(RoomDetails::roomId).doesNotHaveDuplicates();
        assertThat(handedOver.get(0).memberCount()).isEqualTo(2);
        assertThat(pagesServed).hasValue(2);
        assertThat(read.capped()).isFalse();
    }

    @Test
    void aReadWhileTheAppQuitsEndsAsCancelled() {
        serveGroups(rooms -> { });
        client.close();

        assertThatThrownBy(() -> read(150)).isInstanceOf(CancellationException.class);
    }

    @Test
    void aHugeTotalPlansNoPageAndCostsNoMemory() throws Exception {
        claimedTotal = Integer.MAX_VALUE;
        serveGroups(rooms -> { });

        read(150);

        assertThat(handedOver).hasSize(150);
        assertThat(pagesServed).hasValue(2);
    }

    @Test
    void fewerRoomsThanPromisedEndAtTheShortPage() throws Exception {
        serveGroups(rooms -> { });

        read(1000);

        assertThat(handedOver).hasSize(150);
        // pages planned for the promised rooms may already be on their way when the short one comes
        assertThat(pagesServed.get()).isLessThanOrEqualTo(1 + settings().pageConcurrency());
    }

    @Test
    void anEmptyPageEndsTheRead() throws Exception {
        serverRooms.subList(100, 150).clear();
        serveGroups(rooms -> { });

        read(250);

        assertThat(handedOver).hasSize(100);
        assertThat(pagesServed).as("pages 0 and 100, and 200 asked at the same time").hasValue(3);
    }

    @Test
    void aFirstPageShorterThanAskedIsTheLastEvenWhenItRepeatsARoom() throws Exception {
        serverRooms.clear();
        serverRooms.addAll(List.of("room-a", "room-a", "room-b"));
        serveGroups(rooms -> { });

        read(3);

        assertThat(handedOver).extracting(RoomDetails::roomId).containsExactly("room-a", "room-b");
        assertThat(pagesServed).as("3 rows asked 100 at a time: the end").hasValue(1);
    }

    @Test
    void aServerWithSmallerPagesIsReadInItsOwnSteps() throws Exception {
        serverPageCap = 50;
        serveGroups(rooms -> { });

        read(150);

        assertThat(handedOver).hasSize(150).extracting(RoomDetails::roomId).doesNotHaveDuplicates();
        assertThat(pagesServed).hasValue(3);
    }

    @Test
    void pagesThatNeverEndStopAtThePageCap() throws Exception {
        useClient(settings().withPageConcurrency(8));
        AtomicInteger fresh = new AtomicInteger();
        server.handle("/api/v1/groups.list", exchange -> {
            pagesServed.incrementAndGet();
            String groups = IntStream.range(0, 100).mapToObj(i -> room("endless-" + fresh.incrementAndGet()))
                    .collect(Collectors.joining(","));
            LoopbackServer.send(exchange, 200, "application/json",
                    "{\"groups\":[" + groups + "],\"total\":2147483647,\"success\":true}");
        });

        RoomDetailsRead read = read(10_000_000);

        assertThat(read.capped()).isTrue();
        assertThat(read.pages()).isEqualTo(RoomDetailsReading.MOST_PAGES);
        assertThat(pagesServed).hasValue(RoomDetailsReading.MOST_PAGES);
    }

    @Test
    void aServerRepeatingTheSameRowsIsNotReadPastThePlan() throws Exception {
        server.handle("/api/v1/groups.list", exchange -> {
            pagesServed.incrementAndGet();
            String groups = IntStream.range(0, 100).mapToObj(i -> room("same-" + i)).collect(Collectors.joining(","));
            LoopbackServer.send(exchange, 200, "application/json",
                    "{\"groups\":[" + groups + "],\"total\":300,\"success\":true}");
        });

        read(300);

        assertThat(handedOver).hasSize(100);
        assertThat(pagesServed).as("the three planned pages, then one that brings nothing new").hasValue(4);
    }

    @Test
    void aGroupAddedBetweenPagesShiftsTheRowsButNoRoomIsHandedOverTwice() throws Exception {
        serveGroups(rooms -> rooms.add(0, "room-new"));

        read(151);

        // the new group sits before the pages already read: the next fill (F5) brings its columns
        assertThat(handedOver).extracting(RoomDetails::roomId).doesNotHaveDuplicates().hasSize(150)
                .contains("room-000", "room-149");
    }

    @Test
    void aPageThatFailsStopsThePagesStillOnTheWire() throws Exception {
        useClient(settings().withPageConcurrency(4));
        CountDownLatch onTheWire = new CountDownLatch(3);
        CountDownLatch hungUp = new CountDownLatch(3);
        server.handleOpen("/api/v1/groups.list", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            if (query.contains("offset=0")) {
                try (exchange) {
                    LoopbackServer.send(exchange, 200, "application/json", page(exchange, serverRooms));
                }
            } else if (query.contains("offset=100")) {
                try (exchange) {
                    // fails once the three other pages are on the wire, not before they are sent
                    awaitQuietly(onTheWire);
                    LoopbackServer.send(exchange, 500, "application/json", "{\"success\":false}");
                }
            } else {
                onTheWire.countDown();
                server.trickle(exchange, Duration.ofMillis(50), hungUp::countDown);
            }
        });

        assertThatThrownBy(() -> read(1000)).isInstanceOf(ServerErrorException.class);

        // the deadline is a minute away: hanging up within seconds means the failure ended them
        assertThat(hungUp.await(10, TimeUnit.SECONDS)).as("the other pages were hung up").isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void readsAsManyLaterPagesAtTheSameTimeAsItIsAllowedTo(int concurrency) throws Exception {
        useClient(settings().withPageConcurrency(concurrency));
        IntStream.range(150, 1000).mapToObj(i -> String.format("room-%03d", i)).forEach(serverRooms::add);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch allAtOnce = new CountDownLatch(concurrency);
        beforeLaterPage = () -> {
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                allAtOnce.countDown();
                // the first pages wait for each other: they only get past together if read at the same time
                allAtOnce.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        };
        serveGroups(rooms -> { });

        read(1000);

        assertThat(handedOver).hasSize(1000);
        assertThat(allAtOnce.getCount()).isZero();
        assertThat(mostAtOnce).hasValue(concurrency);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RoomDetailsRead read(int expectedRooms) throws RocketChatException {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        RoomDetailsRead read = client.readRoomDetails(session, expectedRooms, rooms -> {
            threads.add(Thread.currentThread());
            handedOver.addAll(rooms);
        }, LoadProgress.NONE);
        assertThat(threads).as("pages are handed over on the calling thread").isSubsetOf(Thread.currentThread());
        return read;
    }

    /** Serves pages of {@link #serverRooms}, applying {@code change} right after the first page. */
    private void serveGroups(Consumer<List<String>> change) {
        server.handle("/api/v1/groups.list", exchange -> {
            if (!exchange.getRequestURI().getQuery().contains("offset=0")) {
                beforeLaterPage.run();
            }
            String page;
            synchronized (serverRooms) {
                page = page(exchange, serverRooms);
                if (pagesServed.incrementAndGet() == 1) {
                    change.accept(serverRooms);
                }
            }
            LoopbackServer.send(exchange, 200, "application/json", page);
        });
    }

    private String page(HttpExchange exchange, List<String> rooms) {
        int offset = 0;
        int count = 50;
        for (String pair : exchange.getRequestURI().getQuery().split("&")) {
            String[] parts = pair.split("=");
            if (parts[0].equals("offset")) {
                offset = Integer.parseInt(parts[1]);
            } else if (parts[0].equals("count")) {
                count = Math.min(serverPageCap, Integer.parseInt(parts[1]));
            }
        }
        String groups = rooms.subList(Math.min(offset, rooms.size()), Math.min(offset + count, rooms.size())).stream()
                .map(RoomDetailsReadingTest::room).collect(Collectors.joining(","));
        return "{\"groups\":[" + groups + "],\"offset\":" + offset + ",\"total\":"
                + (claimedTotal < 0 ? rooms.size() : claimedTotal) + ",\"success\":true}";
    }

    private static String room(String id) {
        return "{\"_id\":\"" + id + "\",\"name\":\"" + id + "\",\"t\":\"p\",\"usersCount\":2}";
    }
}
