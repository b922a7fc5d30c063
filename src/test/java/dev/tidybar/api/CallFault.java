package dev.tidybar.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/** One way a server or the network fails a call, for {@link FaultMatrixTest}, and what the client must make of it. */
interface CallFault {

    /** Roomy enough that a loaded machine never trips them on a good answer; the timeout faults set their own. */
    ClientSettings SETTINGS = ClientSettings.defaults("test")
            .withResponseTimeout(Duration.ofSeconds(5)).withDeadline(Duration.ofSeconds(10));

    /** Sets the fault up on {@code server} for {@code endpoint}; {@code clock} is the one the client runs on. */
    void install(LoopbackServer server, EndpointCall endpoint, Clock clock);

    /** Where the call goes: {@code server}, unless the fault is that nothing listens. */
    default WorkspaceAddress workspace(LoopbackServer server) throws IOException {
        return server.workspace();
    }

    /** The client's settings under this fault. */
    default ClientSettings settings() {
        return SETTINGS;
    }

    /** The failure {@code endpoint} must give; null when the call rightly succeeds anyway. */
    Expected expected(EndpointCall endpoint);

    /** What else must hold once the call is over, of the requests {@code server} got. */
    default void afterwards(LoopbackServer server, EndpointCall endpoint) {
    }

    /**
     * A typed failure: its exact class, its kind where the class has one, its HTTP status (0 when
     * nothing answered), what else it must hold, and words its banner must contain (null: none in particular).
     */
    record Expected(Class<? extends RocketChatException> type, Enum<?> kind, int status,
                    Consumer<RocketChatException> holds, String bannerSays) {

        static <T extends RocketChatException> Expected of(Class<T> type, Enum<?> kind, int status, Consumer<T> holds,
                                                           String bannerSays) {
            return new Expected(type, kind, status, failure -> holds.accept(type.cast(failure)), bannerSays);
        }

        static Expected of(Class<? extends RocketChatException> type, Enum<?> kind, int status) {
            return new Expected(type, kind, status, failure -> { }, null);
        }

        /** A 200 whose body ends early: the answer broke off on its way, so the banner says to try again. */
        static Expected cutShort() {
            return new Expected(MalformedResponseException.class, MalformedResponseException.Kind.TRUNCATED, 200,
                    failure -> { }, "Try again");
        }
    }
}
