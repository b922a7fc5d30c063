package dev.tidybar.api;

import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.JobKind;
import dev.tidybar.ui.common.Notice;
import java.time.Instant;

/**
 * Every call the app makes through {@link HttpRocketChatClient}, each with the route it asks for,
 * an answer a real server gives it, and the banner the screen that made it puts up when it fails.
 */
enum EndpointCall {

    LOGIN("login", "login",
            "{\"status\":\"success\",\"data\":{\"userId\":\"u1\",\"authToken\":\"t1\","
                    + "\"me\":{\"_id\":\"u1\",\"username\":\"alex\",\"name\":\"Alex Doe\"}}}",
            (client, workspace) -> client.login(workspace, new PasswordLogin("alex", "pw", null)),
            (errors, failure, workspace) -> errors.loginFailure(failure, workspace)),
    TOKEN_LOGIN("me (personal token)", "me",
            "{\"_id\":\"u1\",\"username\":\"alex\",\"name\":\"Alex Doe\",\"success\":true}",
            (client, workspace) -> client.loginWithPersonalToken(workspace, "u1", "personal-token"),
            (errors, failure, workspace) -> errors.tokenLoginFailure(failure, workspace)),
    LOGOUT("logout", "logout", "{\"status\":\"success\",\"data\":{\"message\":\"You've been logged out!\"}}",
            (client, workspace) -> client.logout(session(workspace)),
            (errors, failure, workspace) -> errors.logoutUnconfirmed(failure, workspace.host())),
    LIST("subscriptions.get (the list)", "subscriptions.get", Answers.SUBSCRIPTIONS,
            (client, workspace) -> client.readGroups(session(workspace), LoadProgress.NONE),
            (errors, failure, workspace) -> errors.listingFailure(failure, () -> { })),
    DELTA("subscriptions.get (a delta)", "subscriptions.get", Answers.SUBSCRIPTIONS,
            (client, workspace) -> client.readGroupsChangedSince(session(workspace),
                    Instant.parse("2026-05-01T09:00:00Z"), LoadProgress.NONE),
            (errors, failure, workspace) -> errors.listingFailure(failure, () -> { })),
    PAGES("groups.list (the pages)", "groups.list",
            "{\"groups\":[{\"_id\":\"r1\",\"name\":\"design-team\",\"topic\":\"Mockups\",\"usersCount\":3}],"
                    + "\"offset\":0,\"count\":1,\"total\":1,\"success\":true}",
            (client, workspace) -> client.readRoomDetails(session(workspace), 1, rooms -> { }, LoadProgress.NONE),
            (errors, failure, workspace) -> errors.detailsFailure(failure, () -> { })),
    INFO("groups.info", "groups.info",
            "{\"group\":{\"_id\":\"r1\",\"name\":\"design-team\",\"usersCount\":3},\"success\":true}",
            (client, workspace) -> client.readRoomDetails(session(workspace), "r1"),
            (errors, failure, workspace) -> errors.detailsFailure(failure, () -> { })),
    CLOSE("groups.close", "groups.close", "{\"success\":true}",
            (client, workspace) -> client.closeGroup(session(workspace), "r1"),
            (errors, failure, workspace) -> errors.jobFailure(failure, JobKind.CLOSE, "design-team", () -> { })),
    OPEN("groups.open", "groups.open", "{\"success\":true}",
            (client, workspace) -> client.openGroup(session(workspace), "r1"),
            (errors, failure, workspace) -> errors.jobFailure(failure, JobKind.REOPEN, "design-team", () -> { }));

    /** Makes the call on {@code workspace}, signed in where it needs a session. */
    @FunctionalInterface
    interface Call {
        void on(HttpRocketChatClient client, WorkspaceAddress workspace) throws RocketChatException;
    }

    /** The banner of the screen that made the call. */
    @FunctionalInterface
    interface Banner {
        Notice of(ErrorNotices errors, RocketChatException failure, WorkspaceAddress workspace);
    }

    private final String label;
    private final String route;
    private final String goodAnswer;
    private final Call call;
    private final Banner banner;

    EndpointCall(String label, String route, String goodAnswer, Call call, Banner banner) {
        this.label = label;
        this.route = route;
        this.goodAnswer = goodAnswer;
        this.call = call;
        this.banner = banner;
    }

    /** The route, as failures name it: {@code groups.close}. */
    String route() {
        return route;
    }

    String path() {
        return "/api/v1/" + route;
    }

    /** A 200 answer that a real server gives this call. */
    String goodAnswer() {
        return goodAnswer;
    }

    /** Sign-in calls take a 401 for wrong credentials; every other call for a session that ended. */
    boolean signsIn() {
        return this == LOGIN || this == TOKEN_LOGIN;
    }

    /** Logout takes any 2xx as done: 7.4 and later answer it with an empty body (contract §2.1). */
    boolean readsItsAnswer() {
        return this != LOGOUT;
    }

    /** Reads wait out a short rate limit and try again; the others hand a 429 back at once (README). */
    boolean waitsOutRateLimits() {
        return this == LIST || this == DELTA || this == PAGES || this == INFO;
    }

    void callOn(HttpRocketChatClient client, WorkspaceAddress workspace) throws RocketChatException {
        call.on(client, workspace);
    }

    /**
     * The banner this failure puts up, or null when none shows. A 401 on a signed-in call says the
     * session was over: any other call ends it and the login screen says so, a logout is simply done.
     */
    Notice bannerFor(RocketChatException failure, ErrorNotices errors, WorkspaceAddress workspace) {
        if (!signsIn() && failure instanceof NotLoggedInException) {
            return this == LOGOUT ? null : errors.sessionEnded(failure);
        }
        return banner.of(errors, failure, workspace);
    }

    @Override
    public String toString() {
        return label;
    }

    private static Session session(WorkspaceAddress workspace) {
        return new Session(workspace, "u1", "session-token", "alex", "Alex Doe", false);
    }

    /** Answers two calls share; an enum constant cannot refer to a static field of its own enum. */
    private static final class Answers {
        static final String SUBSCRIPTIONS = "{\"update\":[{\"_id\":\"s1\",\"rid\":\"r1\",\"t\":\"p\","
                + "\"name\":\"design-team\",\"open\":true,\"unread\":7,\"_updatedAt\":\"2026-05-01T10:00:00.000Z\"}],"
                + "\"remove\":[],\"success\":true}";
    }
}
