package dev.tidybar.api;

/** The 401 answers of {@code POST /api/v1/login} and of a personal-token check (contract §1.3). */
final class LoginFailures {

    private LoginFailures() {
    }

    static RocketChatException map(String message, String words, String errorType, String twoFactorMethod) {
        TwoFactorRequiredException.Method method = "email".equals(twoFactorMethod)
                ? TwoFactorRequiredException.Method.EMAIL : TwoFactorRequiredException.Method.AUTHENTICATOR_APP;
        switch (words == null ? "" : words) {
            case "totp-required":
                return new TwoFactorRequiredException(message, 401, words, method);
            case "totp-invalid":
            case "totp-max-attempts":
                return new TwoFactorInvalidException(message, 401, words, method);
            case "error-login-blocked-for-user":
                return new LoginBlockedException(message, 401, words, false);
            case "error-login-blocked-for-ip":
                return new LoginBlockedException(message, 401, words, true);
            default:
                // 7.x answers "Unauthorized" for a wrong user and a wrong password alike; 6.x said "Incorrect password"
                return new WrongCredentialsException(message, 401, words, errorType);
        }
    }
}
