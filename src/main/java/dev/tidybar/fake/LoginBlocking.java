package dev.tidybar.fake;

import java.time.Duration;

/**
 * Rocket.Chat's Block_Multiple_Failed_Logins settings: a username is blocked once it has
 * {@code userAttempts} failures within {@code userWindow}, an IP once it has {@code ipAttempts}
 * within {@code ipWindow}, counted since the last successful login.
 */
public record LoginBlocking(int userAttempts, Duration userWindow, int ipAttempts, Duration ipWindow) {

    public LoginBlocking {
        if (userAttempts < 1 || ipAttempts < 1) {
            throw new IllegalArgumentException("blocking needs at least 1 attempt");
        }
        if (userWindow.isNegative() || userWindow.isZero() || ipWindow.isNegative() || ipWindow.isZero()) {
            throw new IllegalArgumentException("blocking windows must be positive");
        }
    }

    /** Rocket.Chat's defaults: 10 failures per username, 50 per IP, each counted over 5 minutes. */
    public static LoginBlocking defaults() {
        return new LoginBlocking(10, Duration.ofMinutes(5), 50, Duration.ofMinutes(5));
    }

    public LoginBlocking withUser(int attempts, Duration window) {
        return new LoginBlocking(attempts, window, ipAttempts, ipWindow);
    }

    public LoginBlocking withIp(int attempts, Duration window) {
        return new LoginBlocking(userAttempts, userWindow, attempts, window);
    }
}
