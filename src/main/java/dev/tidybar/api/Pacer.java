package dev.tidybar.api;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Sends a session's calls within the server's rate limit (contract §7): one {@link RouteBudget} per
 * workspace and route, shared by every call the client makes, fed by the headers of every answer.
 * A call the budget says will be refused is not sent. Reading calls wait for their turn, telling
 * their {@link LoadProgress}; a user's close or reopen is handed back at once as a
 * {@link RateLimitedException}, so the screen can show the wait on its row and offer to cancel it.
 */
final class Pacer {

    /** Rocket.Chat's default rate-limit window. */
    private static final Duration HOLD_AFTER_TOO_LONG = Duration.ofMinutes(1);

    private final Transport transport;
    private final ResponseReader reader;
    private final RateLimitPause pause;
    private final ConcurrentMap<String, RouteBudget> budgets = new ConcurrentHashMap<>();

    Pacer(Transport transport, ResponseReader reader, RateLimitPause pause) {
        this.transport = transport;
        this.reader = reader;
        this.pause = pause;
    }

    RateLimitPause pause() {
        return pause;
    }

    /** The budget of {@code route} on {@code workspace}: the server limits per address, not per sign-in. */
    RouteBudget budget(WorkspaceAddress workspace, String route) {
        return budgets.computeIfAbsent(workspace.base() + " " + route, key -> new RouteBudget(route));
    }

    /**
     * Waits for the budget (telling {@code progress}), sends, and waits out a 429 and sends again,
     * within {@link RateLimitPause}'s bounds.
     */
    HttpAnswer sendWaiting(WorkspaceAddress workspace, Outgoing request, LoadProgress progress)
            throws RocketChatException {
        RouteBudget budget = budget(workspace, request.endpoint());
        for (int refusalsInARow = 1; ; refusalsInARow++) {
            awaitTurn(budget, progress);
            try {
                return sendReserved(budget, request);
            } catch (RateLimitedException refusal) {
                budget.holdUntil(pause.afterRefusal(refusal, refusalsInARow));
            }
        }
    }

    /** Blocks until the budget has counted one more call, telling {@code progress} of each wait. */
    void awaitTurn(RouteBudget budget, LoadProgress progress) throws RateLimitedException {
        Instant until;
        while ((until = pause.reserve(budget)) != null) {
            pause.waitUntil(until, budget.route(), budget.limit(), progress);
        }
    }

    /**
     * Sends at once if the budget allows; otherwise sends nothing and throws a {@link RateLimitedException}
     * saying when the call would be allowed.
     */
    HttpAnswer sendOrHoldBack(WorkspaceAddress workspace, Outgoing request) throws RocketChatException {
        RouteBudget budget = budget(workspace, request.endpoint());
        Instant until = pause.reserve(budget);
        if (until != null) {
            throw pause.heldBack(request.endpoint(), until, budget.limit());
        }
        return sendReserved(budget, request);
    }

    /** Sends a call {@code budget} has counted; the answer's headers, or its 429, go back to the budget. */
    HttpAnswer sendReserved(RouteBudget budget, Outgoing request) throws RocketChatException {
        HttpAnswer answer;
        boolean answered = false;
        try {
            answer = transport.send(request);
            answered = true;
        } finally {
            if (!answered) {
                budget.abandoned();
            }
        }
        if (answer.status() == 429) {
            RateLimitedException refusal = reader.rateLimited(request.endpoint(), answer);
            // a wait too long to count down holds the route back only a while: after that the server is
            // asked again, so one absurd answer does not block the route until the app quits
            budget.refused(refusal.tooLongToWait() ? pause.now().plus(HOLD_AFTER_TOO_LONG) : refusal.resetAt(),
                    refusal.limit());
            throw refusal;
        }
        budget.answered(answer.rateLimit().orElse(null));
        return answer;
    }
}
