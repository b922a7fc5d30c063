package dev.tidybar.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A loopback socket that takes one connection and answers it by hand, byte by byte: for what no
 * HTTP server does on purpose (hanging up without a word, a reset, a line that is not HTTP), and to
 * see when the client lets a connection go.
 */
final class HandWrittenServer implements AutoCloseable {

    /** What the server does with the connection, once the request has been read. */
    @FunctionalInterface
    interface Conversation {
        void answer(Socket connection) throws IOException;
    }

    private final ServerSocket socket;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private HandWrittenServer(Conversation conversation) throws IOException {
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            try (Socket connection = socket.accept()) {
                readRequest(connection.getInputStream());
                conversation.answer(connection);
                ended.complete(null);
            } catch (IOException | RuntimeException e) {
                ended.completeExceptionally(e);
            }
        }, "hand-written-server");
        thread.setDaemon(true);
        thread.start();
    }

    static HandWrittenServer start(Conversation conversation) throws IOException {
        return new HandWrittenServer(conversation);
    }

    WorkspaceAddress workspace() throws InvalidWorkspaceAddressException {
        return WorkspaceAddress.parse("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** Waits up to {@code seconds} for the conversation to end, and fails as it failed. */
    void awaitEnd(int seconds) throws Exception {
        ended.get(seconds, TimeUnit.SECONDS);
    }

    /** Reads a request's head and as much body as it declares. */
    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the client hung up mid-request");
            }
            head.write(next);
        }
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).strip()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
