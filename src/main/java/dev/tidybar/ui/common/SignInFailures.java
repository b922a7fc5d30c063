package dev.tidybar.ui.common;

import dev.tidybar.api.LoginBlockedException;
import dev.tidybar.api.MalformedResponseException;
import dev.tidybar.api.NetworkException;
import dev.tidybar.api.NotLoggedInException;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.api.ServerErrorException;
import dev.tidybar.api.TwoFactorInvalidException;
import dev.tidybar.api.TwoFactorRequiredException;
import dev.tidybar.api.UnexpectedFailureException;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.api.WrongCredentialsException;
import dev.tidybar.ui.common.Notice.Severity;
import java.time.Clock;
import java.time.Duration;

/** The words for a failed sign-in; {@link ErrorNotices#loginFailure} is its only caller. */
final class SignInFailures {

    private final UiText text;
    private final Clock clock;

    SignInFailures(UiText text, Clock clock) {
        this.text = text;
        this.clock = clock;
    }

    /**
     * The banner, without details; the host is named because users often have more than one
     * workspace. A personal-token sign-in is checked with GET /me, whose 401 means a wrong token.
     */
    Notice describe(RocketChatException failure, WorkspaceAddress workspace, boolean personalToken) {
        String host = workspace.host();
        boolean rejected = failure instanceof WrongCredentialsException || failure instanceof NotLoggedInException;
        if (rejected && personalToken) {
            return error("login.error.wrongToken.title", text.format("login.error.wrongToken.message", host));
        }
        if (rejected) {
            return error("login.error.wrongCredentials.title", text.get("login.error.wrongCredentials.message"));
        }
        if (failure instanceof LoginBlockedException blocked) {
            String key = blocked.blockedByIp()
                    ? "login.error.blocked.ip.message" : "login.error.blocked.user.message";
            return Notice.of(Severity.WARNING, text.get("login.error.blocked.title"), text.format(key, host));
        }
        if (failure instanceof TwoFactorInvalidException) {
            return error("login.error.codeInvalid.title", text.get("login.error.codeInvalid.message"));
        }
        if (failure instanceof TwoFactorRequiredException) {
            return Notice.of(Severity.INFO, text.get("login.error.codeRequired.title"), "");
        }
        if (failure instanceof RateLimitedException rateLimited) {
            return rateLimited.tooLongToWait()
                    ? Notice.of(Severity.WARNING, text.get("login.error.rateLimited.title"),
                            text.format("login.error.rateLimited.tooLong", host,
                                    text.duration(rateLimited.askedWait())))
                    : rateLimited(host, secondsUntil(rateLimited));
        }
        if (failure instanceof NetworkException network) {
            return unreachable(network, host);
        }
        if (failure instanceof MalformedResponseException malformed) {
            return notRocketChat(malformed, host);
        }
        if (failure instanceof UnexpectedFailureException) {
            return Notice.of(Severity.ERROR, text.format("login.error.unexpected.title", host),
                    text.get("login.error.unexpected.message"));
        }
        if (failure instanceof ServerErrorException) {
            return Notice.of(Severity.ERROR, text.format("login.error.server.title", host),
                    text.format("login.error.server.message", host, failure.httpStatus()));
        }
        String serverWords = failure.serverError() != null ? failure.serverError() : failure.getMessage();
        return error("login.error.refused.title", serverWords);
    }

    Notice rateLimited(String host, long secondsLeft) {
        return Notice.of(Severity.WARNING, text.get("login.error.rateLimited.title"),
                text.format("login.error.rateLimited.message", host, secondsLeft));
    }

    /** Whole seconds left before a rate-limited sign-in may be tried again, never negative. */
    private long secondsUntil(RateLimitedException failure) {
        var left = Duration.between(clock.instant(), failure.resetAt());
        if (left.isNegative() || left.isZero()) {
            return 0;
        }
        return left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
    }

    private Notice unreachable(NetworkException failure, String host) {
        String named = failure.host() != null ? failure.host() : host;
        if (failure.kind() == NetworkException.Kind.TLS) {
            return Notice.of(Severity.ERROR, text.format("login.error.tls.title", named),
                    text.get("login.error.tls.message"));
        }
        String reason;
        switch (failure.kind()) {
            case CONNECTION_REFUSED -> reason = text.get("login.error.unreachable.refused");
            case TIMEOUT -> reason = text.format("login.error.unreachable.timeout", text.duration(failure.timeLimit()));
            case UNKNOWN_HOST -> reason = text.get("login.error.unreachable.unknownHost");
            case CONNECTION_RESET -> reason = text.get("login.error.unreachable.reset");
            default -> reason = text.format("login.error.unreachable.other", failure.getMessage());
        }
        return Notice.of(Severity.ERROR, text.format("login.error.unreachable.title", named), reason);
    }

    private Notice notRocketChat(MalformedResponseException failure, String host) {
        if (failure.kind() == MalformedResponseException.Kind.REDIRECTED_AWAY) {
            return Notice.of(Severity.ERROR, text.get("login.error.redirected.title"),
                    text.format("login.error.redirected.message", host, failure.elsewhere()));
        }
        if (failure.kind() == MalformedResponseException.Kind.TRUNCATED) {
            // an answer that broke off on its way says nothing against the address: trying again is what helps
            return Notice.of(Severity.ERROR, text.format("login.error.cutOff.title", host),
                    text.get("login.error.unreachable.reset"));
        }
        String key;
        switch (failure.kind()) {
            case HTML_PAGE -> key = "login.error.notRocketChat.html";
            case NOT_FOUND -> key = "login.error.notRocketChat.notFound";
            default -> key = "login.error.notRocketChat.malformed";
        }
        return Notice.of(Severity.ERROR, text.get("login.error.notRocketChat.title"), text.format(key, host));
    }

    private Notice error(String titleKey, String message) {
        return Notice.of(Severity.ERROR, text.get(titleKey), message);
    }
}
