package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The group list changes while the pages are read: a group the user leaves shifts the later rows
 * back by one, a new group shifts them on. No group may be missed and none listed twice.
 */
class ShiftingListTest {

    private final List<String> serverRooms = new ArrayList<>();
    private final AtomicInteger pagesServed = new AtomicInteger();
    private LoopbackServer server;
    private HttpRocketChatClient client;
    private Session session;

    @BeforeEach
    void start() throws IOException {
        IntStream.range(0, 150).mapToObj(i -> String.format("room-%03d", i)).forEach(serverRooms::add);
        server = LoopbackServer.start();
        server.answerJson("/api/v1/subscriptions.get", 200, "{\"update\":[],\"remove\":[],\"success\":true}");
        client = new HttpRocketChatClient(ClientSettings.defaults("test"));
        session = server.session();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
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

    /** Serves pages of {@link #serverRooms}, applying {@code change} right after the first page. */
    private void serveGroups(Consumer<List<String>> change) {
        server.handle("/api/v1/groups.list", exchange -> {
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
