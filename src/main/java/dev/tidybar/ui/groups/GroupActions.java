package dev.tidybar.ui.groups;

import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.RocketChatClient;
import dev.tidybar.api.Session;
import dev.tidybar.ui.common.Countdown;
import dev.tidybar.ui.common.GroupChange;
import dev.tidybar.ui.common.RunningTask;
import dev.tidybar.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one way closes and reopens reach the server. It keeps every request until it is settled:
 * one on the wire, or one the server's rate limit held back, which it sends again by itself at the
 * reset time the server gave. That queue is what a bulk close will feed; each request in it can be
 * cancelled, and {@link #cancelAll()} drops them all when the session ends.
 */
public final class GroupActions {

    /** What becomes of a request. Every method runs on the FX thread. */
    public interface Outcome {

        /** The server did it. */
        void succeeded(MembershipRequest request);

        /** The server refused it, or could not be reached; nothing will be sent again by itself. */
        void failed(MembershipRequest request, Exception failure);

        /** The server's rate limit holds it back; told each time the whole seconds left change. */
        void waiting(MembershipRequest request, RateLimitedException limit, long secondsLeft);

        /** The wait is over and the request is on its way again. */
        void resent(MembershipRequest request);
    }

    private final RocketChatClient client;
    private final Session session;
    private final TaskRunner tasks;
    private final Countdown countdown;
    private final Map<MembershipRequest, RunningTask> sending = new LinkedHashMap<>();
    private final Map<MembershipRequest, RunningTask> waiting = new LinkedHashMap<>();

    public GroupActions(RocketChatClient client, Session session, TaskRunner tasks, Countdown countdown) {
        this.client = client;
        this.session = session;
        this.tasks = tasks;
        this.countdown = countdown;
    }

    /**
     * Sends {@code request} off the FX thread, unless the same request is already on its way or
     * waiting. A 429 does not reach {@code outcome} as a failure: the request waits and goes again.
     */
    public void submit(MembershipRequest request, Outcome outcome) {
        if (!isPending(request)) {
            send(request, outcome);
        }
    }

    /** True while {@code request} is on the wire or waiting for the rate limit. */
    public boolean isPending(MembershipRequest request) {
        return sending.containsKey(request) || waiting.containsKey(request);
    }

    /** The request for the group {@code roomId} that waits for the rate limit, if one does. */
    public Optional<MembershipRequest> waitingFor(String roomId) {
        return waiting.keySet().stream().filter(request -> request.roomId().equals(roomId)).findFirst();
    }

    /** Drops a request that waits for the rate limit, so it is never sent; false if it was not waiting. */
    public boolean cancel(MembershipRequest request) {
        var wait = waiting.remove(request);
        if (wait == null) {
            return false;
        }
        wait.cancel();
        return true;
    }

    /** Forgets every request: the waiting ones are never sent, the answers of those on the wire are ignored. */
    public void cancelAll() {
        var all = new ArrayList<RunningTask>(sending.values());
        all.addAll(waiting.values());
        sending.clear();
        waiting.clear();
        all.forEach(RunningTask::cancel);
    }

    private void send(MembershipRequest request, Outcome outcome) {
        // a same-thread runner settles the request inside run(): only a request still unsettled keeps its task
        sending.put(request, RunningTask.DONE);
        var task = tasks.run(() -> request.change() == GroupChange.CLOSE
                ? client.closeGroup(session, request.roomId())
                : client.openGroup(session, request.roomId()), answer -> {
                    sending.remove(request);
                    outcome.succeeded(request);
                }, failure -> {
                    sending.remove(request);
                    if (failure instanceof RateLimitedException limited) {
                        waitThenSend(request, limited, outcome);
                    } else {
                        outcome.failed(request, failure);
                    }
                });
        sending.replace(request, RunningTask.DONE, task);
    }

    private void waitThenSend(MembershipRequest request, RateLimitedException limited, Outcome outcome) {
        waiting.put(request, RunningTask.DONE);
        var wait = countdown.start(limited.resetAt(),
                secondsLeft -> outcome.waiting(request, limited, secondsLeft), () -> {
                    waiting.remove(request);
                    outcome.resent(request);
                    send(request, outcome);
                });
        waiting.replace(request, RunningTask.DONE, wait);
    }
}
