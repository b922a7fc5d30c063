package dev.tidybar.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;

/**
 * A login body as Rocket.Chat's {@code loginCompatibility} turns it into a Meteor login (§1.1).
 *
 * @param resumeToken      the token of a {@code {resume}} login, else null
 * @param login            the username or email to look up, else null
 * @param password         the password as sent: a string or a {@code {digest, algorithm}} object
 * @param code             the 2FA code, only when the body was wrapped as a {@code totp} login
 * @param throttleUsername the username the per-user brute-force check reads, or null
 */
record LoginAttempt(String resumeToken, String login, JsonNode password, String code, String throttleUsername) {

    private static final Set<String> COMPAT_KEYS = Set.of("user", "username", "email", "password", "code");

    static LoginAttempt from(ObjectNode body, String headerCode) {
        JsonNode password = body.get("password");
        if (password == null || password.isNull() || !onlyCompatKeys(body)) {
            return raw(body);
        }
        JsonNode user = body.get("user");
        String username = Json.text(body, "username");
        String email = Json.text(body, "email");
        String login;
        boolean byUsername;
        if (user != null && user.isTextual()) {
            login = user.asText();
            byUsername = !login.contains("@");
        } else if (username != null && !username.isEmpty()) {
            login = username;
            byUsername = true;
        } else if (email != null && !email.isEmpty()) {
            login = email;
            byUsername = false;
        } else {
            return raw(body);
        }
        String bodyCode = Json.text(body, "code");
        String code = bodyCode != null && !bodyCode.isEmpty() ? bodyCode : headerCode;
        if (code != null && !code.isEmpty()) {
            return new LoginAttempt(null, login, password, code, null);
        }
        return new LoginAttempt(null, login, password, null, byUsername ? login : null);
    }

    /** The body goes to Meteor unchanged: a resume token, or {@code {user:{username|email}, password}}. */
    private static LoginAttempt raw(ObjectNode body) {
        String resume = Json.text(body, "resume");
        if (resume != null) {
            return new LoginAttempt(resume, null, null, null, null);
        }
        JsonNode user = body.get("user");
        JsonNode password = body.get("password");
        if (user == null || !user.isObject()) {
            return new LoginAttempt(null, null, null, null, null);
        }
        String username = Json.text(user, "username");
        String login = username != null ? username : Json.text(user, "email");
        boolean passwordOnly = onlyKeys(body, Set.of("user", "password", "code")) && onlyKeys(user, Set.of(
                "username", "email"));
        return new LoginAttempt(null, passwordOnly ? login : null, password, null, username);
    }

    boolean isResume() {
        return resumeToken != null;
    }

    /** Compares with a plain password, or with its SHA-256 digest in Meteor's {@code {digest, algorithm}} form. */
    boolean passwordMatches(FakeUser user) {
        if (password == null) {
            return false;
        }
        if (password.isTextual()) {
            return user.passwordMatches(password.asText());
        }
        String digest = Json.text(password, "digest");
        return password.isObject() && "sha-256".equals(Json.text(password, "algorithm"))
                && sha256Hex(user.password()).equals(digest);
    }

    private static boolean onlyCompatKeys(ObjectNode body) {
        return onlyKeys(body, COMPAT_KEYS);
    }

    private static boolean onlyKeys(JsonNode node, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            if (!allowed.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "LoginAttempt[" + (isResume() ? "resume token=<redacted>" : "login=" + login
                + ", password=" + (password == null ? "none" : "<redacted>")
                + ", code=" + (code == null ? "none" : "<redacted>")) + "]";
    }

    private static String sha256Hex(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
