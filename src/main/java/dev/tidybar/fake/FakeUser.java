package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** A workspace member. Mutable fields are guarded by the {@link FakeState} lock. */
final class FakeUser {

    /** How a user proves the second factor at login, if at all. */
    enum SecondFactor { NONE, TOTP, EMAIL }

    private final String id;
    private final String username;
    private final String name;
    private final String email;
    private final String password;
    private final List<String> roles;
    private final SecondFactor secondFactor;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant lastLogin;
    private boolean emailVerified = true;
    private boolean active = true;
    private String status = "online";
    private ObjectNode customFields;

    FakeUser(String id, String username, String name, String email, String password, List<String> roles,
             SecondFactor secondFactor, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.name = name;
        this.email = email;
        this.password = password;
        this.roles = List.copyOf(roles);
        this.secondFactor = secondFactor;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    String id() {
        return id;
    }

    String username() {
        return username;
    }

    String name() {
        return name;
    }

    String email() {
        return email;
    }

    boolean passwordMatches(String candidate) {
        return password.equals(candidate);
    }

    String password() {
        return password;
    }

    List<String> roles() {
        return roles;
    }

    SecondFactor secondFactor() {
        return secondFactor;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant lastLogin() {
        return lastLogin;
    }

    void loggedIn(Instant at) {
        lastLogin = at;
        updatedAt = at;
    }

    /** Seed users have verified addresses; users.create leaves them unverified unless told otherwise. */
    boolean emailVerified() {
        return emailVerified;
    }

    FakeUser withEmailVerified(boolean verified) {
        emailVerified = verified;
        return this;
    }

    boolean active() {
        return active;
    }

    /** Seed users are online (a desktop client is connected); users made with users.create are offline. */
    String status() {
        return status;
    }

    /** Custom fields given at creation, or null. */
    ObjectNode customFields() {
        return customFields;
    }

    /** What users.create sets besides the basics: {@code active}, {@code customFields}, offline status. */
    FakeUser created(boolean isActive, ObjectNode fields) {
        active = isActive;
        customFields = fields;
        status = "offline";
        return this;
    }

    /** Who it is, never the password. */
    @Override
    public String toString() {
        return "FakeUser[" + username + ", id=" + id + ", roles=" + roles + ", 2FA " + secondFactor + "]";
    }
}
