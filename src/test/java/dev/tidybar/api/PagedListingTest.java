package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.util.ArrayList;
import java.util.List;
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
 * Reading the pages of groups.list: at the same time, within the bound, and without missing or
 * repeating a group when the list changes while it is read (a group the user leaves shifts the
 * later rows back by one, a new group shifts them on).
 */
class PagedListingTest extends LoopbackClientTest {

    private final List<String> serverRooms = new ArrayList<>();
    private final AtomicInteger pagesServed = new AtomicInteger();
    private Runnable beforeLaterPage = () -> { };
    @BeforeEach
    void seedTheList() {
        IntStream.range(0, 150).mapToObj(i -> String.format("room-%03d", i)).forEach(serverRooms::add);
        server.answerJson("/api/v1/subscriptions.get", 200, "{\"update\":[],\"remove\":[],\"success\":true}");
    }

    @Test
    void aGroupLeftBetweenPagesDoesNotHideTheRowThatShiftsBack() throws Exception {
        serveGroups(rooms -> rooms.remove("room-050"));

        List<PrivateGroup> groups = client.listPrivateGroups(session, LoadProgress.NONE);

        assertThat(groups).extracting(PrivateGroup::id).doesNotHaveDuplicates().contains("room-100", "room-149");
        assertThat(pagesServed).hasValue(4);   // a second pass, once the totals disagreed
    }

    @Test
    void aGroupAddedBetweenPagesIsListedAndNoRowTwice() throws Exception {
        serveGroups(rooms -> rooms.add(0, "room-new"));

        List<PrivateGroup> groups = client.listPrivateGroups(session, LoadProgress.NONE);

        assertThat(groups).extracting(PrivateGroup::id).doesNotHaveDuplicates().hasSize(151).contains("room-new");
    }

    @Test
    void aStableListIsReadInOnePass() throws Exception {
        serveGroups(rooms -> { });

        assertThat(client.listPrivateGroups(session, LoadProgress.NONE)).hasSize(150);
        assertThat(pagesServed).hasValue(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void readsAsManyLaterPagesAtTheSameTimeAsItIsAllowedTo(int concurrency) throws Exception {
        useClient(settings().withPageConcurrency(concurrency));
        IntStream.range(150, 500).mapToObj(i -> String.format("room-%03d", i)).forEach(serverRooms::add);
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

        assertThat(client.listPrivateGroups(session, LoadProgress.NONE)).hasSize(500);
        assertThat(allAtOnce.getCount()).isZero();
        assertThat(mostAtOnce).hasValue(concurrency);
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

    private static String page(HttpExchange exchange, List<String> rooms) {
        int offset = 0;
        int count = 50;
        for (String pair : exchange.getRequestURI().getQuery().split("&")) {
            String[] parts = pair.split("=");
            if (parts[0].equals("offset")) {
                offset = Integer.parseInt(parts[1]);
            } else if (parts[0].equals("count")) {
                count = Integer.parseInt(parts[1]);
            }
        }
        String groups = rooms.subList(Math.min(offset, rooms.size()), Math.min(offset + count, rooms.size())).stream()
                .map(id -> "{\"_id\":\"" + id + "\",\"name\":\"" + id + "\",\"t\":\"p\",\"usersCount\":2}")
                .collect(Collectors.joining(","));
        return "{\"groups\":[" + groups + "],\"offset\":" + offset + ",\"total\":" + rooms.size()
                + ",\"success\":true}";
    }
}
