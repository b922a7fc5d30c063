package dev.tidybar.fake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Users, rooms, subscriptions and login tokens of the fake workspace. Every read and write runs
 * inside {@link #locked}, so concurrent page requests see one consistent state.
 */
final class FakeState {

    private static final String ID_CHARS = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String TOKEN_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** A subscription removed with its room, as subscriptions.get reports it in {@code remove}. */
    record RemovedSubscription(String id, Instant deletedAt) {
    }

    private final Object lock = new Object();
    private final Clock clock;
    private final long idSeed;
    private Random ids;
    private final SecureRandom secrets = new SecureRandom();
    private final Map<String, FakeUser> usersById = new LinkedHashMap<>();
    private final Map<String, FakeUser> usersByLogin = new HashMap<>();
    private final Map<String, FakeRoom> roomsById = new LinkedHashMap<>();
    private final Map<String, FakeRoom> roomsByName = new HashMap<>();
    private final Map<String, Map<String, FakeSubscription>> subsByUser = new HashMap<>();
    private final Map<String, Map<String, FakeSubscription>> subsByRoom = new HashMap<>();
    private final Map<String, List<RemovedSubscription>> removedByUser = new HashMap<>();
    private final Map<String, String> userIdByToken = new HashMap<>();
    private final Set<String> personalTokens = new HashSet<>();
    private final SortedGroupsCache sortedGroups = new SortedGroupsCache();
    private final RoleGrants grants = new RoleGrants();
    private final FakeSettings settings;

    FakeState(Clock clock, long idSeed, LoginBlocking loginBlocking) {
        this.clock = clock;
        this.idSeed = idSeed;
        this.ids = new Random(idSeed);
        this.settings = new FakeSettings(loginBlocking);
        grants.reset(now());
    }

    /** Forgets everything; ids start over, so a re-seeded workspace has the same ids again. Call inside the lock. */
    void clear() {
        ids = new Random(idSeed);
        usersById.clear();
        usersByLogin.clear();
        roomsById.clear();
        roomsByName.clear();
        subsByUser.clear();
        subsByRoom.clear();
        removedByUser.clear();
        userIdByToken.clear();
        personalTokens.clear();
        sortedGroups.invalidate();
        grants.reset(now());
        settings.reset();
    }

    <T> T locked(Supplier<T> work) {
        synchronized (lock) {
            return work.get();
        }
    }

    void locked(Runnable work) {
        synchronized (lock) {
            work.run();
        }
    }

    /** Now, at the millisecond precision of a JavaScript Date. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    Clock clock() {
        return clock;
    }

    /** Which roles hold which permission; call inside the lock. */
    RoleGrants grants() {
        return grants;
    }

    /** The workspace settings (safe to read outside the lock). */
    FakeSettings settings() {
        return settings;
    }

    /** A Meteor-style 17-character id. */
    String newId() {
        StringBuilder id = new StringBuilder(17);
        for (int i = 0; i < 17; i++) {
            id.append(ID_CHARS.charAt(ids.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }

    FakeUser addUser(FakeUser user) {
        usersById.put(user.id(), user);
        usersByLogin.put(user.username().toLowerCase(Locale.ROOT), user);
        usersByLogin.put(user.email().toLowerCase(Locale.ROOT), user);
        return user;
    }

    FakeUser userById(String id) {
        return usersById.get(id);
    }

    /** Usernames and email addresses match case-insensitively, as in Meteor. */
    FakeUser userByLogin(String usernameOrEmail) {
        return usernameOrEmail == null ? null : usersByLogin.get(usernameOrEmail.toLowerCase(Locale.ROOT));
    }

    FakeRoom addRoom(FakeRoom room) {
        roomsById.put(room.id(), room);
        roomsByName.put(room.name(), room);
        sortedGroups.invalidate();
        return room;
    }

    FakeRoom roomById(String id) {
        return roomsById.get(id);
    }

    FakeRoom roomByName(String name) {
        return roomsByName.get(name);
    }

    /** The main room of a team, or null when no team has this id. */
    FakeRoom teamMainRoom(String teamId) {
        return roomsById.values().stream().filter(room -> room.teamMain() && teamId.equals(room.teamId()))
                .findFirst().orElse(null);
    }

    Collection<FakeUser> users() {
        return usersById.values();
    }

    Collection<FakeRoom> rooms() {
        return roomsById.values();
    }

    FakeSubscription subscribe(FakeRoom room, FakeUser user, boolean owner) {
        FakeSubscription sub = new FakeSubscription(newId(), room, user, owner, now());
        subsByUser.computeIfAbsent(user.id(), id -> new LinkedHashMap<>()).put(room.id(), sub);
        subsByRoom.computeIfAbsent(room.id(), id -> new LinkedHashMap<>()).put(user.id(), sub);
        sortedGroups.invalidate();
        return sub;
    }

    FakeSubscription subscription(String userId, String roomId) {
        return subsByUser.getOrDefault(userId, Map.of()).get(roomId);
    }

    Collection<FakeSubscription> subscriptionsOf(String userId) {
        return subsByUser.getOrDefault(userId, Map.of()).values();
    }

    Collection<FakeSubscription> subscriptionsTo(String roomId) {
        return subsByRoom.getOrDefault(roomId, Map.of()).values();
    }

    /** The private groups a user is subscribed to, hidden ones included, in the given order. */
    List<FakeRoom> privateGroupsOf(String userId, RoomSort sort) {
        return sortedGroups.get(userId + sort.key(), () -> subscriptionsOf(userId).stream()
                .map(FakeSubscription::room).filter(room -> room.type().equals("p"))
                .sorted(sort.order()).collect(Collectors.toList()));
    }

    /** Every private group of the workspace (groups.listAll). */
    List<FakeRoom> allPrivateGroups(RoomSort sort) {
        return sortedGroups.get("*" + sort.key(), () -> roomsById.values().stream()
                .filter(room -> room.type().equals("p")).sorted(sort.order()).collect(Collectors.toList()));
    }

    /** A new message: the room's last activity moves, so sorted lists must be rebuilt. */
    void messagePosted(FakeRoom room, FakeMessage message) {
        room.messagePosted(message);
        sortedGroups.invalidate();
    }

    /** Deletes a room; its subscriptions move to each member's removed list. */
    void deleteRoom(FakeRoom room) {
        Instant now = now();
        roomsById.remove(room.id());
        roomsByName.remove(room.name());
        Map<String, FakeSubscription> subs = subsByRoom.remove(room.id());
        if (subs != null) {
            for (FakeSubscription sub : subs.values()) {
                subsByUser.get(sub.user().id()).remove(room.id());
                removedByUser.computeIfAbsent(sub.user().id(), id -> new ArrayList<>())
                        .add(new RemovedSubscription(sub.id(), now));
            }
        }
        sortedGroups.invalidate();
    }

    List<RemovedSubscription> removedSince(String userId, Instant since) {
        return removedByUser.getOrDefault(userId, List.of()).stream()
                .filter(removed -> removed.deletedAt().isAfter(since)).collect(Collectors.toList());
    }

    /** A fresh 43-character login token, as Meteor's {@code Random.secret()}. */
    String issueToken(FakeUser user) {
        StringBuilder token = new StringBuilder(43);
        for (int i = 0; i < 43; i++) {
            token.append(TOKEN_CHARS.charAt(secrets.nextInt(TOKEN_CHARS.length())));
        }
        userIdByToken.put(token.toString(), user.id());
        return token.toString();
    }

    /** A login's token this workspace did not issue, taken back as its own (the demo, with a kept sign-in). */
    void addLoginToken(String token, FakeUser user) {
        userIdByToken.put(token, user.id());
    }

    /** A personal access token: it works as a login's token does, but is no login session. */
    void addPersonalToken(String token, FakeUser user) {
        userIdByToken.put(token, user.id());
        personalTokens.add(token);
    }

    /** How many tokens from logins of this user still work, personal access tokens not counted. */
    int loginSessionCount(String userId) {
        return (int) userIdByToken.entrySet().stream()
                .filter(token -> token.getValue().equals(userId) && !personalTokens.contains(token.getKey()))
                .count();
    }

    /** The user owning this token, only when the claimed user id matches too. */
    FakeUser userForToken(String token, String userId) {
        String owner = token == null ? null : userIdByToken.get(token);
        return owner != null && owner.equals(userId) ? usersById.get(owner) : null;
    }

    /** The owner of a token on its own, as a {@code {resume}} login looks it up. */
    FakeUser userForTokenAlone(String token) {
        String owner = userIdByToken.get(token);
        return owner == null ? null : usersById.get(owner);
    }

    void removeToken(String token) {
        userIdByToken.remove(token);
    }

    /** Removes every token of one user (users.logout); false when the user had none. */
    boolean removeTokensOf(String userId) {
        return userIdByToken.values().removeIf(userId::equals);
    }

    /** Deletes a user with their tokens and subscriptions; the rooms stay. */
    void removeUser(FakeUser user) {
        usersById.remove(user.id());
        usersByLogin.values().removeIf(user::equals);
        removeTokensOf(user.id());
        Map<String, FakeSubscription> subs = subsByUser.remove(user.id());
        if (subs != null) {
            for (FakeSubscription sub : subs.values()) {
                subsByRoom.get(sub.room().id()).remove(user.id());
                sub.room().setUsersCount(Math.max(0, sub.room().usersCount() - 1));
            }
        }
        removedByUser.remove(user.id());
        sortedGroups.invalidate();
    }

    void revokeAllTokens() {
        userIdByToken.clear();
    }
}
