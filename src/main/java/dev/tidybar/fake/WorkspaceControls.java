package dev.tidybar.fake;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The test controls, shared by {@link FakeWorkspace}'s methods and the {@code /_fake/} routes. */
final class WorkspaceControls {

    private final FakeWorkspaceConfig config;
    private final FakeState state;
    private final FaultPlan faults;
    private final RequestLog log;
    private final RateLimiter rateLimiter;
    private final LoginThrottle throttle;

    WorkspaceControls(FakeWorkspaceConfig config, FakeState state, FaultPlan faults, RequestLog log,
                      RateLimiter rateLimiter, LoginThrottle throttle) {
        this.config = config;
        this.state = state;
        this.faults = faults;
        this.log = log;
        this.rateLimiter = rateLimiter;
        this.throttle = throttle;
    }

    /** Re-seeds the workspace and forgets every control's effect. */
    void reset() {
        state.locked(() -> {
            state.clear();
            DemoSeed.populate(state, config.extraGroups());
        });
        throttle.clear();
        faults.clear();
        log.clear();
        rateLimiter.configure(config.rateLimitEnabled(), config.rateLimitCalls(), config.rateLimitWindow());
    }

    /** Posts as a member of the room; throws IllegalArgumentException for an unknown user, room or non-member. */
    FakeMessage postMessage(String senderUsername, String roomId, String text) {
        return state.locked(() -> {
            FakeUser sender = existingUser(senderUsername);
            FakeRoom room = existingRoom(roomId);
            if (state.subscription(sender.id(), roomId) == null) {
                throw new IllegalArgumentException(senderUsername + " is not a member of " + room.name());
            }
            return Messages.post(state, sender, room, text, Json.object());
        });
    }

    void acceptToken(String userId, String token) {
        state.locked(() -> {
            FakeUser user = state.userById(userId);
            if (user != null) {
                state.addLoginToken(token, user);
            }
        });
    }

    void revokeAllTokens() {
        state.locked(state::revokeAllTokens);
    }

    int loginSessionCount(String username) {
        return state.locked(() -> state.loginSessionCount(existingUser(username).id()));
    }

    String createGroup(String ownerUsername, String name, String... memberUsernames) {
        return state.locked(() -> {
            FakeUser owner = existingUser(ownerUsername);
            FakeRoom room = state.addRoom(new FakeRoom(state.newId(), "p", name, name, owner, state.now()));
            state.subscribe(room, owner, true);
            for (String member : memberUsernames) {
                state.subscribe(room, existingUser(member), false);
            }
            room.setUsersCount(1 + memberUsernames.length);
            return room.id();
        });
    }

    private FakeUser existingUser(String username) {
        FakeUser user = state.userByLogin(username);
        if (user == null) {
            throw new IllegalArgumentException("No user " + username);
        }
        return user;
    }

    void deleteGroup(String roomId) {
        state.locked(() -> state.deleteRoom(existingRoom(roomId)));
    }

    void injectFault(String endpoint, Fault fault, int times) {
        faults.add(endpoint, fault, times);
    }

    void setLatency(Duration everyAnswer) {
        faults.setLatency(everyAnswer);
    }

    void setRateLimit(int calls, Duration window) {
        if (calls < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("rate limit needs at least 1 call in a positive window");
        }
        rateLimiter.configure(true, calls, window);
    }

    void disableRateLimit() {
        rateLimiter.disable();
    }

    List<ReceivedRequest> receivedRequests() {
        return log.all();
    }

    void clearReceivedRequests() {
        log.clear();
    }

    int refusedRequests() {
        return rateLimiter.refusals();
    }

    Optional<Boolean> isOpenFor(String username, String roomId) {
        return state.locked(() -> {
            FakeUser user = state.userByLogin(username);
            FakeSubscription sub = user == null ? null : state.subscription(user.id(), roomId);
            return sub == null ? Optional.<Boolean>empty() : Optional.of(sub.open());
        });
    }

    Optional<String> roomIdByName(String roomName) {
        return state.locked(() -> {
            FakeRoom room = state.roomByName(roomName);
            if (room == null) {
                room = state.rooms().stream().filter(r -> r.parentId() != null && r.fname().equals(roomName))
                        .findFirst().orElse(null);
            }
            return Optional.ofNullable(room).map(FakeRoom::id);
        });
    }

    private FakeRoom existingRoom(String roomId) {
        FakeRoom room = state.roomById(roomId);
        if (room == null) {
            throw new IllegalArgumentException("No room " + roomId);
        }
        return room;
    }
}
