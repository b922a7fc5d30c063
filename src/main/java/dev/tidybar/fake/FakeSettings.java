package dev.tidybar.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workspace settings that {@code POST /api/v1/settings/<id>} changes. The fake honours the
 * login-blocking settings and the end-to-end encryption ones (new private groups encrypted, plain
 * messages refused in encrypted rooms); any other
 * setting is stored and read back but changes nothing.
 */
final class FakeSettings {

    static final String BLOCKING = "Block_Multiple_Failed_Logins_Enabled";
    static final String BLOCK_BY_USER = "Block_Multiple_Failed_Logins_By_User";
    static final String BLOCK_BY_IP = "Block_Multiple_Failed_Logins_By_Ip";
    static final String USER_ATTEMPTS = "Block_Multiple_Failed_Logins_Attempts_Until_Block_by_User";
    static final String USER_MINUTES = "Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes";
    static final String IP_ATTEMPTS = "Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip";
    static final String IP_MINUTES = "Block_Multiple_Failed_Logins_Time_To_Unblock_By_Ip_In_Minutes";
    static final String E2E = "E2E_Enable";
    static final String E2E_PRIVATE_DEFAULT = "E2E_Enabled_Default_PrivateRooms";
    static final String E2E_ALLOW_UNENCRYPTED = "E2E_Allow_Unencrypted_Messages";

    /**
     * How failed logins block, read from the settings at each login.
     *
     * @param byUser whether a username gets blocked (blocking on, and by user on)
     * @param byIp   whether an IP gets blocked
     */
    record LoginPolicy(boolean byUser, int userAttempts, Duration userWindow, boolean byIp, int ipAttempts,
                       Duration ipWindow) {
    }

    private final LoginBlocking configured;
    private final Map<String, JsonNode> values = new ConcurrentHashMap<>();

    FakeSettings(LoginBlocking configured) {
        this.configured = configured;
        reset();
    }

    /** Back to the defaults, with login blocking as the workspace was configured. */
    void reset() {
        values.clear();
        values.put(BLOCKING, BooleanNode.TRUE);
        values.put(BLOCK_BY_USER, BooleanNode.TRUE);
        values.put(BLOCK_BY_IP, BooleanNode.TRUE);
        values.put(USER_ATTEMPTS, IntNode.valueOf(configured.userAttempts()));
        values.put(USER_MINUTES, minutes(configured.userWindow()));
        values.put(IP_ATTEMPTS, IntNode.valueOf(configured.ipAttempts()));
        values.put(IP_MINUTES, minutes(configured.ipWindow()));
        values.put(E2E, BooleanNode.FALSE);
        values.put(E2E_PRIVATE_DEFAULT, BooleanNode.FALSE);
        values.put(E2E_ALLOW_UNENCRYPTED, BooleanNode.FALSE);
    }

    private static JsonNode minutes(Duration window) {
        return DoubleNode.valueOf(window.toMillis() / 60_000.0);
    }

    /** The value, or null when the setting was never given one. */
    JsonNode get(String id) {
        return values.get(id);
    }

    void set(String id, JsonNode value) {
        values.put(id, value.deepCopy());
    }

    boolean isOn(String id) {
        JsonNode value = values.get(id);
        return value != null && value.asBoolean(false);
    }

    LoginPolicy loginPolicy() {
        boolean blocking = isOn(BLOCKING);
        return new LoginPolicy(blocking && isOn(BLOCK_BY_USER), count(USER_ATTEMPTS), window(USER_MINUTES),
                blocking && isOn(BLOCK_BY_IP), count(IP_ATTEMPTS), window(IP_MINUTES));
    }

    private int count(String id) {
        JsonNode value = values.get(id);
        return value == null ? 0 : value.asInt();
    }

    private Duration window(String id) {
        JsonNode value = values.get(id);
        return Duration.ofMillis(value == null ? 0 : Math.round(value.asDouble() * 60_000));
    }
}
