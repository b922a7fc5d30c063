package dev.tidybar.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.function.Supplier;

/** POST login, GET/POST logout and GET me, in the 7.x/8.x profile (§1, §2, §11.2-4). */
final class AuthRoutes {

    private final FakeState state;
    private final LoginThrottle throttle;
    private final boolean jsonLogout;
    private final Supplier<URI> baseUri;

    private AuthRoutes(FakeState state, LoginThrottle throttle, boolean jsonLogout, Supplier<URI> baseUri) {
        this.state = state;
        this.throttle = throttle;
        this.jsonLogout = jsonLogout;
        this.baseUri = baseUri;
    }

    static void register(Routes routes, FakeState state, LoginThrottle throttle, boolean jsonLogout,
                         Supplier<URI> baseUri) {
        AuthRoutes auth = new AuthRoutes(state, throttle, jsonLogout, baseUri);
        routes.addPublic("POST", "login", auth::login)
                .add("POST", "logout", auth::logout)
                .add("GET", "logout", auth::logout)
                .add("GET", "me", auth::me);
    }

    private ApiResponse login(ApiRequest request) {
        LoginAttempt attempt = LoginAttempt.from(request.body(), request.header("x-2fa-code"));
        String ip = request.remoteAddress();
        Instant now = state.now();
        FakeUser user = attempt.isResume() ? state.userForTokenAlone(attempt.resumeToken())
                : state.userByLogin(attempt.login());
        boolean credentialsOk = user != null && (attempt.isResume() || attempt.passwordMatches(user));
        if (throttle.ipBlocked(ip, now)) {
            return loginError("error-login-blocked-for-ip", "Login has been temporarily blocked For IP", blockDetails());
        }
        if (attempt.throttleUsername() != null && throttle.userBlocked(attempt.throttleUsername(), now)) {
            return loginError("error-login-blocked-for-user", "Login has been temporarily blocked For User",
                    blockDetails());
        }
        String failedFor = user != null ? user.username() : attempt.throttleUsername();
        if (!credentialsOk) {
            throttle.failed(ip, failedFor, now);
            return loginError("Unauthorized", "Unauthorized", null);
        }
        if (!user.active()) {
            return loginError("error-user-is-not-activated", "User is not activated", blockDetails());
        }
        if (!attempt.isResume() && user.secondFactor() != FakeUser.SecondFactor.NONE) {
            ApiResponse challenge = checkSecondFactor(user, attempt.code());
            if (challenge != null) {
                throttle.failed(ip, failedFor, now);
                return challenge;
            }
        }
        throttle.succeeded(ip, user.username());
        user.loggedIn(now);
        String token = attempt.isResume() ? attempt.resumeToken() : state.issueToken(user);
        ObjectNode body = Json.object().put("status", "success");
        body.putObject("data").put("userId", user.id()).put("authToken", token)
                .set("me", UserInfo.of(user, baseUri.get()));
        return ApiResponse.success(body);
    }

    /** Null when the code is right; otherwise the totp-required or totp-invalid answer. */
    private static ApiResponse checkSecondFactor(FakeUser user, String code) {
        boolean totp = user.secondFactor() == FakeUser.SecondFactor.TOTP;
        String method = totp ? "totp" : "email";
        ObjectNode details = Json.object().put("method", method);
        if (code == null) {
            details.put("codeGenerated", !totp);
            if (!totp) {
                details.put("emailOrUsername", user.username());
            }
            details.putArray("availableMethods").add(method);
            return loginError("totp-required", "TOTP Required", details);
        }
        String expected = totp ? DemoSeed.TOTP_CODE : DemoSeed.EMAIL_CODE;
        if (code.trim().equals(expected)) {
            return null;
        }
        ArrayNode methods = details.putArray("availableMethods");
        methods.add(method);
        return loginError("totp-invalid", "TOTP Invalid", details);
    }

    private static ObjectNode blockDetails() {
        return Json.object().put("function", "Accounts.validateLoginAttempt");
    }

    /** The 7.x/8.x login failure: {@code unauthorized()} with the Meteor error merged in (§1.3). */
    private static ApiResponse loginError(String error, String message, ObjectNode details) {
        ObjectNode body = Json.object().put("success", false).put("error", error).put("status", "error");
        if (details != null) {
            body.set("details", details);
        }
        body.put("message", message);
        return ApiResponse.json(401, body);
    }

    private ApiResponse logout(ApiRequest request) {
        state.removeToken(request.authToken());
        if (!jsonLogout) {
            return ApiResponse.emptyOk();
        }
        ObjectNode body = Json.object().put("status", "success");
        body.putObject("data").put("message", "You've been logged out!");
        return ApiResponse.json(200, body);
    }

    private ApiResponse me(ApiRequest request) {
        return ApiResponse.success(UserInfo.of(request.caller(), baseUri.get()));
    }
}
