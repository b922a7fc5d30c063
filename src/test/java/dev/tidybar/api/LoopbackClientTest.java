package dev.tidybar.api;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh client and {@link LoopbackServer} for each test of answers the fake workspace never gives. */
abstract class LoopbackClientTest {

    LoopbackServer server;
    HttpRocketChatClient client;
    Session session;

    /** The client's settings; a test class may change them. */
    ClientSettings settings() {
        return ClientSettings.defaults("9.9.9");
    }

    @BeforeEach
    void startServerAndClient() throws IOException {
        server = LoopbackServer.start();
        client = new HttpRocketChatClient(settings());
        session = server.session();
    }

    /** Replaces the client with one of other settings. */
    void useClient(ClientSettings other) {
        client.close();
        client = new HttpRocketChatClient(other);
    }

    @AfterEach
    void stopServerAndClient() {
        client.close();
        server.close();
    }
}
