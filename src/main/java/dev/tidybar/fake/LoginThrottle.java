package dev.tidybar.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rocket.Chat's brute-force protection at login (Block_Multiple_Failed_Logins_*): a username is
 * blocked after 10 failures and an IP after 50, counted since the later of the window's start and
 * the last successful login (so a success forgets earlier failures). Attempts refused as blocked
 * are not counted.
 */
final class LoginThrottle {

    static final int ATTEMPTS_UNTIL_USER_BLOCK = 10;
    static final int ATTEMPTS_UNTIL_IP_BLOCK = 50;

    private final Duration window;
    private final Map<String, List<Instant>> failuresByUser = new HashMap<>();
    private final Map<String, List<Instant>> failuresByIp = new HashMap<>();

    LoginThrottle(Duration window) {
        this.window = window;
    }

    synchronized boolean ipBlocked(String ip, Instant now) {
        return recentFailures(failuresByIp, ip, now) >= ATTEMPTS_UNTIL_IP_BLOCK;
    }

    synchronized boolean userBlocked(String username, Instant now) {
        return recentFailures(failuresByUser, key(username), now) >= ATTEMPTS_UNTIL_USER_BLOCK;
    }

    /** A failed attempt; {@code username} is null when the attempt named no user. */
    synchronized void failed(String ip, String username, Instant now) {
        failuresByIp.computeIfAbsent(ip, k -> new ArrayList<>()).add(now);
        if (username != null) {
            failuresByUser.computeIfAbsent(key(username), k -> new ArrayList<>()).add(now);
        }
    }

    synchronized void succeeded(String ip, String username) {
        failuresByIp.remove(ip);
        failuresByUser.remove(key(username));
    }

    private int recentFailures(Map<String, List<Instant>> failures, String key, Instant now) {
        List<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant windowStart = now.minus(window);
        times.removeIf(time -> !time.isAfter(windowStart));
        return times.size();
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
