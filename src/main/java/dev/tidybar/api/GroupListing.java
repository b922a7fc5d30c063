package dev.tidybar.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads every page of {@code groups.list} and merges it with {@code subscriptions.get} (contract §4, §6).
 * Each pass over the pages is a {@link PagePass}, paced by the route's rate limit. When the total
 * changes between pages, or fewer distinct rows came back than it promised, the list moved under
 * us: one more full pass is read and the two are united, so no group is missed. subscriptions.get
 * runs alongside on its own route's budget; a 429 there is waited out the same way.
 */
final class GroupListing {

    /** The largest page the server gives (contract §4.1, {@code API_Upper_Count_Limit}). */
    static final int PAGE_SIZE = 100;

    private static final Comparator<PrivateGroup> BY_DISPLAY_NAME = Comparator
            .comparing(PrivateGroup::displayName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PrivateGroup::id);

    /** Where the pages come from: one authenticated session. */
    interface Source {
        Metered<Dto.GroupsPage> page(int offset, int count) throws RocketChatException;

        Dto.Subscriptions subscriptions() throws RocketChatException;
    }

    private final ExecutorService pool;
    private final int concurrency;
    private final RateLimitPause pause;

    GroupListing(ExecutorService pool, int concurrency, RateLimitPause pause) {
        this.pool = pool;
        this.concurrency = concurrency;
        this.pause = pause;
    }

    List<PrivateGroup> list(Source source, LoadProgress progress) throws RocketChatException {
        Future<Dto.Subscriptions> subscriptions = pool.submit(source::subscriptions);
        try {
            RouteBudget budget = new RouteBudget();
            Pass first = new PagePass(pool, concurrency, source, budget, pause, progress).read();
            Map<String, Dto.Room> rooms = first.rooms();
            if (!first.consistent()) {
                rooms = new LinkedHashMap<>(first.rooms());
                rooms.putAll(new PagePass(pool, concurrency, source, budget, pause, progress).read().rooms());
            }
            progress.update(rooms.size(), rooms.size());
            return merge(rooms, subscriptions(source, subscriptions, progress));
        } finally {
            subscriptions.cancel(true);
        }
    }

    /** The answer of the call already sent, or, after a 429, of one sent again once the reset has come. */
    private Dto.Subscriptions subscriptions(Source source, Future<Dto.Subscriptions> sent, LoadProgress progress)
            throws RocketChatException {
        RateLimitedException refusal;
        try {
            return await(sent);
        } catch (RateLimitedException e) {
            refusal = e;
        }
        for (int refusals = 1; ; refusals++) {
            pause.waitUntil(pause.afterRefusal(refusal, refusals), "subscriptions.get", refusal.limit(), progress);
            // on the pool, so that a cancel need not wait for the answer
            Future<Dto.Subscriptions> again = pool.submit(source::subscriptions);
            try {
                return await(again);
            } catch (RateLimitedException e) {
                refusal = e;
            } finally {
                again.cancel(true);
            }
        }
    }

    private static List<PrivateGroup> merge(Map<String, Dto.Room> rooms, Dto.Subscriptions subscriptions) {
        Map<String, Dto.Subscription> byRoom = new HashMap<>();
        for (Dto.Subscription subscription : subscriptions.update()) {
            if (subscription.rid() != null) {
                byRoom.putIfAbsent(subscription.rid(), subscription);
            }
        }
        List<PrivateGroup> groups = new ArrayList<>(rooms.size());
        for (Dto.Room room : rooms.values()) {
            groups.add(toGroup(room, byRoom.get(room.id())));
        }
        groups.sort(BY_DISPLAY_NAME);
        return List.copyOf(groups);
    }

    /**
     * A room without a subscription (the user left while we read) is kept as a visible group with no
     * unread messages: groups.list listed it from the user's subscriptions a moment ago, and a close
     * will then answer "not found", which is the truth.
     */
    private static PrivateGroup toGroup(Dto.Room room, Dto.Subscription subscription) {
        boolean known = subscription != null;
        return new PrivateGroup(room.id(), room.name(), room.fname(), room.topic(), room.usersCount(),
                lastActivity(room), room.archived(), room.ro(), room.prid() != null, room.teamMain(),
                known && Boolean.FALSE.equals(subscription.open()),
                known ? subscription.unread() : 0,
                known ? subscription.userMentions() : 0,
                known && subscription.alert(),
                known && subscription.f());
    }

    private static Instant lastActivity(Dto.Room room) {
        Instant last = Dates.parse(room.lm());
        if (last == null && room.lastMessage() != null) {
            last = Dates.parse(room.lastMessage().ts());
        }
        return last != null ? last : Dates.parse(room.updatedAt());
    }

    private static <T> T await(Future<T> future) throws RocketChatException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw rethrow(e);
        } catch (InterruptedException e) {
            throw RateLimitPause.cancelled("subscriptions.get", e);
        }
    }

    /** The failure of a call made on the pool, as the caller would have seen it. */
    static RocketChatException rethrow(ExecutionException failed) {
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

    /** The rooms of one pass, and whether the pages agreed on the total and delivered it. */
    record Pass(Map<String, Dto.Room> rooms, boolean consistent) {
    }
}
