package dev.tidybar.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads every page of {@code groups.list} and merges it with {@code subscriptions.get} (contract §4, §6).
 * The first page gives the total; the other pages are then read at the same time on a bounded pool.
 * Rows are keyed by room id, so a row that shifts onto the next page while we read is not counted
 * twice. When the total changes between pages, or fewer distinct rows came back than it promised,
 * the list moved under us: one more full pass is read and the two are united, so no group is missed.
 */
final class GroupListing {

    /** The largest page the server gives (contract §4.1, {@code API_Upper_Count_Limit}). */
    static final int PAGE_SIZE = 100;

    private static final Comparator<PrivateGroup> BY_DISPLAY_NAME = Comparator
            .comparing(PrivateGroup::displayName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PrivateGroup::id);

    /** Where the pages come from: one authenticated session. */
    interface Source {
        Dto.GroupsPage page(int offset, int count) throws RocketChatException;

        Dto.Subscriptions subscriptions() throws RocketChatException;
    }

    private final ExecutorService pool;

    GroupListing(ExecutorService pool) {
        this.pool = pool;
    }

    List<PrivateGroup> list(Source source, LoadProgress progress) throws RocketChatException {
        Future<Dto.Subscriptions> subscriptions = pool.submit(source::subscriptions);
        try {
            Pass first = readAllPages(source, progress);
            Map<String, Dto.Room> rooms = first.rooms;
            if (!first.consistent) {
                rooms = new LinkedHashMap<>(first.rooms);
                rooms.putAll(readAllPages(source, progress).rooms);
            }
            progress.update(rooms.size(), rooms.size());
            return merge(rooms, await(subscriptions));
        } finally {
            subscriptions.cancel(true);
        }
    }

    private Pass readAllPages(Source source, LoadProgress progress) throws RocketChatException {
        Dto.GroupsPage first = source.page(0, PAGE_SIZE);
        int total = first.total();
        Map<String, Dto.Room> rooms = new LinkedHashMap<>();
        first.groups().forEach(room -> rooms.putIfAbsent(room.id(), room));
        progress.update(Math.min(rooms.size(), total), total);
        // a server configured with a smaller page cap answers fewer rows: step by what it really sends
        int step = first.groups().isEmpty() ? PAGE_SIZE : Math.min(PAGE_SIZE, first.groups().size());
        List<Future<Dto.GroupsPage>> rest = new ArrayList<>();
        try {
            for (int offset = step; offset < total; offset += step) {
                int from = offset;
                rest.add(pool.submit((Callable<Dto.GroupsPage>) () -> source.page(from, step)));
            }
            boolean consistent = true;
            for (Future<Dto.GroupsPage> next : rest) {
                Dto.GroupsPage page = await(next);
                consistent &= page.total() == total;
                page.groups().forEach(room -> rooms.putIfAbsent(room.id(), room));
                progress.update(Math.min(rooms.size(), total), total);
            }
            return new Pass(rooms, consistent && rooms.size() == total);
        } finally {
            rest.forEach(page -> page.cancel(true));
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
            Throwable cause = e.getCause();
            if (cause instanceof RocketChatException) {
                throw (RocketChatException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException("groups.list: interrupted while reading pages", NetworkException.Kind.OTHER,
                    null, e);
        }
    }

    private record Pass(Map<String, Dto.Room> rooms, boolean consistent) {
    }
}
