package dev.tidybar.api;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads the pages of {@code groups.list} for the room columns the subscriptions lack, handing each
 * page over as it arrives. Pages are read at the same time, never more at once than the concurrency
 * setting and the route's {@link RouteBudget} allow; a page refused with a 429 goes back in the queue
 * and is read after the reset. The calling thread sends, collects and waits; the pool only carries
 * the calls.
 *
 * <p>How many pages to ask for comes from the number of groups the subscriptions listed, never from
 * the server's {@code total}: reading stops at an empty or short page, once the rows the
 * subscriptions promised are in, or at {@link #MOST_PAGES}.
 */
final class RoomDetailsReading {

    /** The largest page the server gives (contract §4.1, {@code API_Upper_Count_Limit}). */
    static final int PAGE_SIZE = 100;
    /** 100,000 groups at full pages: past that the server's answers are not believed. */
    static final int MOST_PAGES = 1000;
    private static final String ENDPOINT = "groups.list";

    /** Where the pages come from: one authenticated session. */
    interface Source {
        RouteBudget budget();

        /** Sends a call its budget has already counted. */
        Dto.GroupsPage page(long offset, int count) throws RocketChatException;
    }

    private final CompletionService<Outcome> completion;
    private final int concurrency;
    private final Source source;
    private final RateLimitPause pause;
    private final int expectedRooms;
    private final Consumer<List<RoomDetails>> pages;
    private final LoadProgress progress;

    private final Deque<Long> refusedOffsets = new ArrayDeque<>();
    private final List<PageCall> sent = new ArrayList<>();
    private final Set<String> roomsRead = new HashSet<>();
    private int inFlight;
    /** Rows per page: a server configured with a smaller page cap answers fewer, so the first page sets it. */
    private int step;
    private long nextOffset;
    private int pagesAsked;
    private boolean endReached;
    private boolean capped;
    /** Set when the budget said no: when to ask again. */
    private Instant heldUntil;
    /** 429s with no page read in between, each counted once per wait: pages sent together are refused together. */
    private int refusalsInARow;
    private boolean refusedSinceWait;

    RoomDetailsReading(ExecutorService pool, int concurrency, Source source, RateLimitPause pause, int expectedRooms,
                       Consumer<List<RoomDetails>> pages, LoadProgress progress) {
        this.completion = new ExecutorCompletionService<>(pool);
        this.concurrency = concurrency;
        this.source = source;
        this.pause = pause;
        this.expectedRooms = Math.max(0, expectedRooms);
        this.pages = pages;
        this.progress = progress;
    }

    /** Reads until the end, handing over every page; the answer says whether {@link #MOST_PAGES} cut it short. */
    RoomDetailsRead read() throws RocketChatException {
        try {
            while (true) {
                sendWhatTheBudgetAllows();
                if (inFlight > 0) {
                    take(next());
                } else if (heldUntil != null) {
                    pause.waitUntil(heldUntil, ENDPOINT, source.budget().limit(), progress);
                    heldUntil = null;
                    refusedSinceWait = false;
                } else {
                    return new RoomDetailsRead(roomsRead.size(), pagesAsked, capped);
                }
            }
        } finally {
            sent.forEach(PageCall::cancel);
        }
    }

    private void sendWhatTheBudgetAllows() throws RocketChatException {
        while (heldUntil == null && inFlight < concurrency) {
            Long offset = nextPage();
            if (offset == null) {
                return;
            }
            Instant until = pause.reserve(source.budget());
            if (until != null) {
                heldUntil = until;
                giveBack(offset);
                return;
            }
            var call = new PageCall(offset, step == 0 ? PAGE_SIZE : step);
            try {
                call.future = completion.submit(call);
            } catch (RejectedExecutionException closing) {
                // the client is closing (the app quits): this read ends as cancelled, its reservation given back
                source.budget().abandoned();
                throw (CancellationException) new CancellationException(ENDPOINT + ": the client is closed")
                        .initCause(closing);
            }
            sent.add(call);
            inFlight++;
        }
    }

    /** The next page to ask for, or null when there is none for now. */
    private Long nextPage() {
        if (!refusedOffsets.isEmpty()) {
            return refusedOffsets.poll();
        }
        if (endReached || step == 0 && pagesAsked > 0) {
            return null;   // the first page decides the step: the others wait for it
        }
        boolean planned = step == 0 || nextOffset < expectedRooms;
        // past the plan, one page at a time and only while rows the subscriptions listed are missing
        boolean stillMissing = inFlight == 0 && roomsRead.size() < expectedRooms;
        if (!planned && !stillMissing) {
            return null;
        }
        if (pagesAsked >= MOST_PAGES) {
            capped = true;
            return null;
        }
        long offset = nextOffset;
        nextOffset += step == 0 ? PAGE_SIZE : step;
        pagesAsked++;
        return offset;
    }

    private void giveBack(long offset) {
        refusedOffsets.addFirst(offset);
    }

    private void take(Outcome outcome) throws RocketChatException {
        inFlight--;
        if (outcome.refusal() != null) {
            if (!refusedSinceWait) {
                refusalsInARow++;
                refusedSinceWait = true;
            }
            Instant until = pause.afterRefusal(outcome.refusal(), refusalsInARow);
            source.budget().holdUntil(until);
            heldUntil = heldUntil == null || until.isAfter(heldUntil) ? until : heldUntil;
            giveBack(outcome.offset());
            return;
        }
        refusalsInARow = 0;
        refusedSinceWait = false;
        List<RoomDetails> rooms = new ArrayList<>(outcome.page().groups().size());
        for (Dto.Room room : outcome.page().groups()) {
            if (roomsRead.add(room.id())) {
                rooms.add(toDetails(room));
            }
        }
        int rows = outcome.page().groups().size();
        if (step == 0) {
            step = rows == 0 || rows >= expectedRooms ? PAGE_SIZE : Math.min(PAGE_SIZE, rows);
            nextOffset = step;
        }
        // a short page is the last; past the plan, so is one that brings no room not seen before
        if (rows < step || rooms.isEmpty() && outcome.offset() >= expectedRooms) {
            endReached = true;
        }
        if (!rooms.isEmpty()) {
            pages.accept(rooms);
        }
        progress.update(Math.min(roomsRead.size(), expectedRooms), expectedRooms);
    }

    private Outcome next() throws RocketChatException {
        try {
            return completion.take().get();
        } catch (InterruptedException e) {
            throw RateLimitPause.cancelled(ENDPOINT, e);
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    /** The failure of a call made on the pool, as the caller would have seen it. */
    private static RocketChatException rethrow(ExecutionException failed) {
        Throwable cause = failed.getCause();
        if (cause instanceof RocketChatException) {
            return (RocketChatException) cause;
        }
        if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        throw new IllegalStateException(cause);
    }

    static RoomDetails toDetails(Dto.Room room) {
        return new RoomDetails(room.id(), room.topic(), Math.max(0, room.usersCount()), lastActivity(room), room.ro(),
                room.teamMain());
    }

    private static Instant lastActivity(Dto.Room room) {
        Instant last = Dates.parse(room.lm());
        if (last == null && room.lastMessage() != null) {
            last = Dates.parse(room.lastMessage().ts());
        }
        return last != null ? last : Dates.parse(room.updatedAt());
    }

    /**
     * One page's call. The budget counted it when it was queued, so a call cancelled before it
     * started gives its place back; one that started settles the budget itself.
     */
    private final class PageCall implements Callable<Outcome> {
        private final long offset;
        private final int count;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private Future<Outcome> future;

        PageCall(long offset, int count) {
            this.offset = offset;
            this.count = count;
        }

        @Override
        public Outcome call() throws RocketChatException {
            if (!claimed.compareAndSet(false, true)) {
                throw new CancellationException(ENDPOINT + ": cancelled");
            }
            try {
                return new Outcome(offset, source.page(offset, count), null);
            } catch (RateLimitedException e) {
                return new Outcome(offset, null, e);
            }
        }

        void cancel() {
            future.cancel(true);
            if (claimed.compareAndSet(false, true)) {
                source.budget().abandoned();
            }
        }
    }

    /** A page, or the 429 that refused it. */
    private record Outcome(long offset, Dto.GroupsPage page, RateLimitedException refusal) {
    }
}
