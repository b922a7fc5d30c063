package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the client holds on to between calls, and lets go of: a kept-alive connection until the
 * client is closed, and threads that never keep the app from exiting.
 */
class ClientShutdownTest extends LoopbackClientTest {

    private static final String SUCCESS = "{\"success\":true}";

    @Test
    void closingTheClientHangsUpItsKeptAliveConnections() throws Exception {
        try (HandWrittenServer kept = HandWrittenServer.start(connection -> {
            connection.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + SUCCESS.length() + "\r\n\r\n" + SUCCESS).getBytes(StandardCharsets.US_ASCII));
            connection.getOutputStream().flush();
            // kept alive for the next call: the connection ends when the client hangs up
            if (connection.getInputStream().read() != -1) {
                throw new IOException("a second request came instead of the end");
            }
        })) {
            client.closeGroup(new Session(kept.workspace(), "u1", "t1", "alex", "Alex", false), "r1");

            client.close();

            kept.awaitEnd(10);
        }
    }

    @Test
    void theClientsThreadsNeverKeepTheAppFromExiting() throws Exception {
        server.answerJson("/api/v1/groups.list", 200, "{\"groups\":[],\"total\":0,\"success\":true}");

        client.readRoomDetails(session, 1, rooms -> { }, null);

        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(thread -> thread.getName().startsWith("tidybar-"))
                .extracting(Thread::getName).contains("tidybar-call-deadlines", "tidybar-groups-page-1");
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(thread -> thread.getName().startsWith("tidybar-"))
                .allMatch(Thread::isDaemon, "is a daemon thread");
    }
}
