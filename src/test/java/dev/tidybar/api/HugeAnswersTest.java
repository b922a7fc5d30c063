package dev.tidybar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 60 MB answer, with the settings the app ships: where no answer of that size is expected it is
 * refused after its cap, without reading the rest; the list, whose cap is larger, is read once.
 */
class HugeAnswersTest extends LoopbackClientTest {

    private static final int SIXTY_MB = 60 * 1000 * 1000;

    @Test
    void aSixtyMegabyteCloseAnswerIsRefusedAsTooLarge() {
        serveChunked("/api/v1/groups.close", "{\"success\":true,\"padding\":\"" + "x".repeat(SIXTY_MB) + "\"}");

        assertTooLarge(() -> client.closeGroup(session, "r1"));
    }

    @ParameterizedTest(name = "length declared: {0}")
    @ValueSource(booleans = {true, false})
    void anAnswerOverItsCapIsNotDownloadedToTheEnd(boolean lengthDeclared) throws Exception {
        CompletableFuture<Long> written = new CompletableFuture<>();
        server.handle("/api/v1/groups.close", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, lengthDeclared ? SIXTY_MB : 0);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            long sent = 0;
            try {
                while (sent < SIXTY_MB) {
                    int size = (int) Math.min(chunk.length, SIXTY_MB - sent);
                    exchange.getResponseBody().write(chunk, 0, size);
                    sent += size;
                }
            } catch (IOException hungUp) {
                // the client went away: what counts is how much it took first
            } finally {
                written.complete(sent);
            }
        });

        assertTooLarge(() -> client.closeGroup(session, "r1"));

        assertThat(written.get(30, TimeUnit.SECONDS)).as("bytes the server got to send")
                .isLessThan(SIXTY_MB / 4);
    }

    @Test
    void aSixtyMegabytePageOfRoomDetailsIsRefusedAsTooLarge() {
        serveChunked("/api/v1/groups.list", "{\"groups\":[],\"padding\":\"" + "x".repeat(SIXTY_MB) + "\"}");

        assertTooLarge(() -> client.readRoomDetails(session, 10, rooms -> { }, null));
    }

    @Test
    void aSixtyMegabyteListIsReadWithinItsCap() throws Exception {
        StringBuilder list = new StringBuilder("{\"update\":[");
        String subscription = "{\"_id\":\"s%d\",\"rid\":\"r%d\",\"name\":\"group-%d\",\"t\":\"p\",\"open\":true,"
                + "\"_updatedAt\":\"2026-12-01T10:00:00.000Z\",\"padding\":\"" + "x".repeat(900) + "\"}";
        int groups = 0;
        while (list.length() < SIXTY_MB) {
            list.append(groups == 0 ? "" : ",").append(String.format(subscription, groups, groups, groups));
            groups++;
        }
        list.append("],\"remove\":[],\"success\":true}");
        serveChunked("/api/v1/subscriptions.get", list.toString());

        assertThat(client.readGroups(session, null).groups()).hasSize(groups);
    }

    /**
     * The list is the one answer of tens of megabytes, held while it is read: with its length declared, it is
     * read into one array, not gathered in pieces and copied, which holds it twice at once (what sets the
     * app's peak memory as the list arrives).
     */
    @Test
    void aListOfDeclaredLengthIsHeldOnceWhileItIsRead() throws Exception {
        StringBuilder list = new StringBuilder("{\"update\":[");
        for (int i = 0; list.length() < SIXTY_MB / 3; i++) {
            list.append(i == 0 ? "" : ",").append("{\"_id\":\"s").append(i).append("\",\"padding\":\"")
                    .append("x".repeat(10_000)).append("\"}");
        }
        byte[] bytes = list.append("],\"success\":true}").toString().getBytes(StandardCharsets.UTF_8);
        server.handle("/api/v1/subscriptions.get", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        });
        var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = thread.getCurrentThreadAllocatedBytes();

        assertThat(client.readGroups(session, null).groups()).isEmpty();

        assertThat(thread.getCurrentThreadAllocatedBytes() - before).as("bytes allocated reading the list")
                .isLessThan(bytes.length * 3L / 2);
    }

    private void serveChunked(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.handle(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);   // no length up front: the cap must stop the reading
            exchange.getResponseBody().write(bytes);
        });
    }

    private static void assertTooLarge(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MalformedResponseException.class,
                failure -> assertThat(failure.kind()).isEqualTo(MalformedResponseException.Kind.TOO_LARGE));
    }
}
