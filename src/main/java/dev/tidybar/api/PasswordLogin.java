package dev.tidybar.api;

import java.util.Objects;

/**
 * What the user typed on the login form.
 *
 * @param user          a username or an email address (the server tells them apart by the {@code @})
 * @param password      the password
 * @param twoFactorCode the code from an authenticator app or an email, or null on the first try
 */
public record PasswordLogin(String user, String password, String twoFactorCode) {

    public PasswordLogin {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    public PasswordLogin withTwoFactorCode(String code) {
        return new PasswordLogin(user, password, code);
    }

    @Override
    public String toString() {
        return "PasswordLogin[" + user + ", password=<redacted>, code="
                + (twoFactorCode == null ? "none" : "<redacted>") + "]";
    }
}
