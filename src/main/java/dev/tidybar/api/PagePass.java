package dev.tidybar.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * One pass over every page of {@code groups.list}. The first page gives the total; the others are
 * then read at the same time, never more at once than the concurrency setting and what is left of
 * the route's rate-limit budget. A page refused with a 429 goes back in the queue and the pass goes
 * on after the reset, keeping the pages it has. The calling thread sends, collects and waits;
 * the pool only carries the calls.
 */
final class PagePass {

    private static final String ENDPOINT = "groups.list";

    private final CompletionService<Outcome> completion;
    private final int concurrency;
    private final GroupListing.Source source;
    private final RouteBudget budget;
    private final RateLimitPause pause;
    private final LoadProgress progress;

    private final Deque<Integer> pending = new ArrayDeque<>(List.of(0));
    private final List<Future<Outcome>> sent = new ArrayList<>();
    private final Map<String, Dto.Room> rooms = new LinkedHashMap<>();
    /** The first page's total; -1 until it has been read. */
    private int total = -1;
    /** Rows per page: a server configured with a smaller page cap answers fewer, so the first page sets it. */
    private int step = GroupListing.PAGE_SIZE;
    private boolean totalsAgree = true;
    /** 429s with no page read in between, each counted once per wait: pages sent together are refused together. */
    private int refusalsInARow;
    private boolean refusedSinceWait;

    PagePass(ExecutorService pool, int concurrency, GroupListing.Source source, RouteBudget budget,
             RateLimitPause pause, LoadProgress progress) {
        this.completion = new ExecutorCompletionService<>(pool);
        this.concurrency = concurrency;
        this.source = source;
        this.budget = budget;
        this.pause = pause;
        this.progress = progress;
    }

    /** Reads the pass; each room once, keyed by id, so a row that shifts onto the next page is not counted twice. */
    GroupListing.Pass read() throws RocketChatException {
        try {
            while (!pending.isEmpty() || budget.inFlight() > 0) {
                sendWhatTheBudgetAllows();
                if (budget.inFlight() == 0) {
                    pause.waitUntil(budget.resetAt(), ENDPOINT, budget.limit(), progress);
                    refusedSinceWait = false;
                } else {
                    take(next());
                }
            }
            return new GroupListing.Pass(rooms, totalsAgree && rooms.size() == total);
        } finally {
            sent.forEach(call -> call.cancel(true));
        }
    }

    private void sendWhatTheBudgetAllows() {
        while (!pending.isEmpty() && budget.inFlight() < concurrency && budget.allowsCall(pause.now())) {
            int offset = pending.poll();
            int count = step;
            sent.add(completion.submit(() -> {
                try {
                    return new Outcome(offset, source.page(offset, count), null);
                } catch (RateLimitedException e) {
                    return new Outcome(offset, null, e);
                }
            }));
            budget.sent();
        }
    }

    private void take(Outcome outcome) throws RocketChatException {
        if (outcome.refusal() != null) {
            if (!refusedSinceWait) {
                refusalsInARow++;
                refusedSinceWait = true;
            }
            budget.refused(pause.afterRefusal(outcome.refusal(), refusalsInARow), outcome.refusal().limit());
            pending.addFirst(outcome.offset());
            return;
        }
        refusalsInARow = 0;
        refusedSinceWait = false;
        budget.answered(outcome.page().rateLimit());
        Dto.GroupsPage page = outcome.page().value();
        if (total < 0) {
            total = page.total();
            step = page.groups().isEmpty() ? GroupListing.PAGE_SIZE : Math.min(GroupListing.PAGE_SIZE,
                    page.groups().size());
            for (int offset = step; offset < total; offset += step) {
                pending.add(offset);
            }
        }
        totalsAgree &= page.total() == total;
        page.groups().forEach(room -> rooms.putIfAbsent(room.id(), room));
        progress.update(Math.min(rooms.size(), total), total);
    }

    private Outcome next() throws RocketChatException {
        try {
            return completion.take().get();
        } catch (InterruptedException e) {
            throw RateLimitPause.cancelled(ENDPOINT, e);
        } catch (ExecutionException e) {
            throw GroupListing.rethrow(e);
        }
    }

    /** A page, or the 429 that refused it. */
    private record Outcome(int offset, Metered<Dto.GroupsPage> page, RateLimitedException refusal) {
    }
}
