package dev.tidybar.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The demo workspace's people, documented in the README. Every demo user has the password
 * {@link #PASSWORD} (not so {@link #UPSTREAM_ADMIN} and {@link #ROCKET_CAT}); alex's private groups are in
 * {@link DemoGroups}.
 */
public final class DemoSeed {

    /** About 40 private groups: visible, hidden, unread, mentions, archived, a discussion, a team, read-only. */
    public static final String ALEX = "alex";
    public static final String EMAIL = "alex@tidybar.example";
    public static final String PASSWORD = "tidybar-demo";
    public static final String ALEX_USER_ID = "hZRMHvDpuH7gMdbPr";
    /** A personal access token of alex: send it as X-Auth-Token with X-User-Id {@link #ALEX_USER_ID}. */
    public static final String ALEX_PERSONAL_TOKEN = "PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA_2O7";
    /** A member with no private group at all. */
    public static final String NEWBIE = "newbie";
    /** Role admin: may call groups.listAll, and the rate limiter leaves it alone. */
    public static final String ADMIN = "admin";
    /** Has authenticator-app (TOTP) 2FA; the fake accepts {@link #TOTP_CODE}. */
    public static final String SAM = "sam";
    public static final String TOTP_CODE = "314159";
    /** Has email 2FA; the fake "mails" {@link #EMAIL_CODE}. */
    public static final String ROBIN = "robin";
    public static final String EMAIL_CODE = "271828";
    /** Other members, who post in alex's groups. */
    public static final String JORDAN = "jordan";
    public static final String PRIYA = "priya";

    /**
     * The admin of Rocket.Chat's own API tests ({@code tests/data/user.ts}): the username is also the
     * user id and the password, so a suite built from those tests can log in as it expects.
     */
    public static final String UPSTREAM_ADMIN = "rocketchat.internal.admin.test";
    public static final String UPSTREAM_ADMIN_EMAIL = UPSTREAM_ADMIN + "@rocket.chat";
    /** Rocket.Chat's bot user (user id and username), which the upstream presence tests look for. */
    public static final String ROCKET_CAT = "rocket.cat";

    static final long ID_SEED = 20_260_101L;

    private DemoSeed() {
    }

    /** Fills an empty state with the demo users, their rooms and {@code extraGroups} generated groups for alex. */
    static void populate(FakeState state, int extraGroups) {
        Instant now = state.now();
        Instant joined = now.minus(Duration.ofDays(400));
        FakeUser alex = state.addUser(new FakeUser(ALEX_USER_ID, ALEX, "Alex Morgan", EMAIL, PASSWORD,
                List.of("user"), FakeUser.SecondFactor.NONE, joined));
        state.addPersonalToken(ALEX_PERSONAL_TOKEN, alex);
        FakeUser newbie = user(state, NEWBIE, "Nico Newman", List.of("user"), FakeUser.SecondFactor.NONE, now);
        FakeUser admin = user(state, ADMIN, "Ada Admin", List.of("admin"), FakeUser.SecondFactor.NONE, joined);
        FakeUser sam = user(state, SAM, "Sam Rivera", List.of("user"), FakeUser.SecondFactor.TOTP, joined);
        FakeUser robin = user(state, ROBIN, "Robin Chen", List.of("user"), FakeUser.SecondFactor.EMAIL, joined);
        FakeUser jordan = user(state, JORDAN, "Jordan Lee", List.of("user"), FakeUser.SecondFactor.NONE, joined);
        FakeUser priya = user(state, PRIYA, "Priya Patel", List.of("user"), FakeUser.SecondFactor.NONE, joined);

        FakeRoom general = state.addRoom(new FakeRoom("GENERAL", "c", "general", "general", admin, joined));
        general.setUsersCount(7);
        for (FakeUser member : List.of(alex, newbie, admin, sam, robin, jordan, priya)) {
            state.subscribe(general, member, member == admin);
        }
        DemoGroups groups = new DemoGroups(state, alex, jordan, priya);
        groups.addAlexGroups();
        groups.addExtraGroups(extraGroups);
        groups.addMember(sam, "design-team", "backend-guild");
        groups.addMember(robin, "design-team", "support-tier2");
        groups.addMember(admin, "announcements-internal", "platform-team");
        groups.addOwnGroup(admin, "admin-ops", "Workspace settings and user requests");
        groups.addOwnGroup(sam, "sam-notes", "Sam's scratchpad");
        addUpstreamAdmin(state, general, joined);
    }

    /** Added last, so the generated ids of everything above stay as they were. */
    private static void addUpstreamAdmin(FakeState state, FakeRoom general, Instant createdAt) {
        FakeUser admin = state.addUser(new FakeUser(UPSTREAM_ADMIN, UPSTREAM_ADMIN, "RocketChat Internal Admin Test",
                UPSTREAM_ADMIN_EMAIL, UPSTREAM_ADMIN, List.of("admin"), FakeUser.SecondFactor.NONE, createdAt));
        state.subscribe(general, admin, false);
        general.setUsersCount(general.usersCount() + 1);
        // Rocket.Chat's own bot, online in every workspace; nobody knows its password.
        state.addUser(new FakeUser(ROCKET_CAT, ROCKET_CAT, "Rocket.Cat", ROCKET_CAT + "@rocket.chat",
                UUID.randomUUID().toString(), List.of("bot"), FakeUser.SecondFactor.NONE, createdAt));
    }

    private static FakeUser user(FakeState state, String username, String name, List<String> roles,
                                 FakeUser.SecondFactor secondFactor, Instant createdAt) {
        return state.addUser(new FakeUser(state.newId(), username, name, username + "@tidybar.example", PASSWORD,
                roles, secondFactor, createdAt));
    }
}
