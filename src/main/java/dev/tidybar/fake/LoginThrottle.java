package dev.tidybar.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rocket.Chat's brute-force protection at login, as the Block_Multiple_Failed_Logins settings say
 * at each attempt ({@link FakeSettings#loginPolicy()}): failures count since the later of the
 * window's start and the last successful login (so a success forgets earlier failures). Attempts
 * refused as blocked are not counted, nor are failures while blocking is off.
 */
final class LoginThrottle {

    private final FakeSettings settings;
    private final Map<String, List<Instant>> failuresByUser = new HashMap<>();
    private final Map<String, List<Instant>> failuresByIp = new HashMap<>();

    LoginThrottle(FakeSettings settings) {
        this.settings = settings;
    }

    synchronized boolean ipBlocked(String ip, Instant now) {
        FakeSettings.LoginPolicy policy = settings.loginPolicy();
        return policy.byIp() && recentFailures(failuresByIp, ip, now, policy.ipWindow()) >= policy.ipAttempts();
    }

    synchronized boolean userBlocked(String username, Instant now) {
        FakeSettings.LoginPolicy policy = settings.loginPolicy();
        return policy.byUser()
                && recentFailures(failuresByUser, key(username), now, policy.userWindow()) >= policy.userAttempts();
    }

    /** A failed attempt; {@code username} is null when the attempt named no user. */
    synchronized void failed(String ip, String username, Instant now) {
        if (!settings.isOn(FakeSettings.BLOCKING)) {
            return;
        }
        failuresByIp.computeIfAbsent(ip, k -> new ArrayList<>()).add(now);
        if (username != null) {
            failuresByUser.computeIfAbsent(key(username), k -> new ArrayList<>()).add(now);
        }
    }

    synchronized void succeeded(String ip, String username) {
        failuresByIp.remove(ip);
        failuresByUser.remove(key(username));
    }

    synchronized void clear() {
        failuresByIp.clear();
        failuresByUser.clear();
    }

    private static int recentFailures(Map<String, List<Instant>> failures, String key, Instant now,
                                      Duration window) {
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
