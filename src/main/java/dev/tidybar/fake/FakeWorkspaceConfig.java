package dev.tidybar.fake;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a {@link FakeWorkspace}. Start from {@link #demo()} and change one thing at a time.
 *
 * @param port             the loopback port to bind; 0 picks a free one
 * @param extraGroups      generated private groups added to alex's demo seed
 * @param rateLimitEnabled whether the API rate limiter runs (off by default, unlike production)
 * @param rateLimitCalls   calls allowed per window, per IP, per route and method
 * @param rateLimitWindow  the rate limiter's fixed window
 * @param jsonLogout       logout answers with the 6.x JSON body instead of an empty 200 (7.4+)
 * @param loginBlocking    when failed logins block a username or an IP
 * @param clock            the workspace's clock: dates, rate-limit windows and login blocking
 */
public record FakeWorkspaceConfig(int port, int extraGroups, boolean rateLimitEnabled, int rateLimitCalls,
                                  Duration rateLimitWindow, boolean jsonLogout, LoginBlocking loginBlocking,
                                  Clock clock) {

    public FakeWorkspaceConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (extraGroups < 0) {
            throw new IllegalArgumentException("extraGroups must not be negative: " + extraGroups);
        }
        if (rateLimitCalls < 1 || rateLimitWindow.isNegative() || rateLimitWindow.isZero()) {
            throw new IllegalArgumentException("rate limit needs at least 1 call in a positive window");
        }
        Objects.requireNonNull(loginBlocking, "loginBlocking");
        Objects.requireNonNull(clock, "clock");
    }

    /** The demo seed on a free port, rate limiter off, logout answering with an empty body. */
    public static FakeWorkspaceConfig demo() {
        return new FakeWorkspaceConfig(0, 0, false, 10, Duration.ofSeconds(60), false, LoginBlocking.defaults(),
                Clock.systemUTC());
    }

    public FakeWorkspaceConfig withPort(int newPort) {
        return new FakeWorkspaceConfig(newPort, extraGroups, rateLimitEnabled, rateLimitCalls, rateLimitWindow,
                jsonLogout, loginBlocking, clock);
    }

    public FakeWorkspaceConfig withExtraGroups(int count) {
        return new FakeWorkspaceConfig(port, count, rateLimitEnabled, rateLimitCalls, rateLimitWindow,
                jsonLogout, loginBlocking, clock);
    }

    /** Turns the rate limiter on: {@code calls} per {@code window}, per IP, per route and method. */
    public FakeWorkspaceConfig withRateLimit(int calls, Duration window) {
        return new FakeWorkspaceConfig(port, extraGroups, true, calls, window, jsonLogout, loginBlocking,
                clock);
    }

    /** Logout answers {@code {"status":"success","data":{"message":"You've been logged out!"}}} as 6.x did. */
    public FakeWorkspaceConfig withJsonLogout() {
        return new FakeWorkspaceConfig(port, extraGroups, rateLimitEnabled, rateLimitCalls, rateLimitWindow,
                true, loginBlocking, clock);
    }

    public FakeWorkspaceConfig withLoginBlocking(LoginBlocking blocking) {
        return new FakeWorkspaceConfig(port, extraGroups, rateLimitEnabled, rateLimitCalls, rateLimitWindow,
                jsonLogout, blocking, clock);
    }

    public FakeWorkspaceConfig withClock(Clock newClock) {
        return new FakeWorkspaceConfig(port, extraGroups, rateLimitEnabled, rateLimitCalls, rateLimitWindow,
                jsonLogout, loginBlocking, newClock);
    }
}
