package dev.tidybar.app;

import java.util.concurrent.Executor;

/** Start-up work beside the window gets a daemon thread of its own: it waits behind nothing, and holds up no quit. */
final class StartUpThread {

    private StartUpThread() {
    }

    static Executor named(String name) {
        return work -> {
            var thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}
