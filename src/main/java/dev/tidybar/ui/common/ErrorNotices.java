package dev.tidybar.ui.common;

import dev.tidybar.api.InvalidWorkspaceAddressException;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.api.WorkspaceAddress;
import java.time.Clock;

/**
 * The one place where a typed Rocket.Chat failure becomes words for the user: what happened, to
 * what, and what they can do. Views never build error text themselves.
 */
public final class ErrorNotices {

    private final UiText text;
    private final Clock clock;
    private final SignInFailures signIn;

    public ErrorNotices(UiText text, Clock clock) {
        this.text = text;
        this.clock = clock;
        this.signIn = new SignInFailures(text, clock);
    }

    // ---------------------------------------------------------------- sign-in (login screen)

    /**
     * A failed sign-in, shown on the login form. A rate-limit notice counts down from this clock's
     * now: call again to get the next second's text.
     */
    public Notice loginFailure(RocketChatException failure, WorkspaceAddress workspace) {
        return signIn.describe(failure, workspace, false).withDetails(details(failure));
    }

    /** A failed sign-in with a personal access token: a rejection means the user id or the token is wrong. */
    public Notice tokenLoginFailure(RocketChatException failure, WorkspaceAddress workspace) {
        return signIn.describe(failure, workspace, true).withDetails(details(failure));
    }

    /** Whole seconds until a rate-limited sign-in may be tried again; 0 once it may. */
    public long secondsUntilRetry(RateLimitedException failure) {
        return signIn.secondsUntil(failure);
    }

    /** A workspace address the client cannot use; the exception's message already says why. */
    public Notice invalidWorkspaceAddress(InvalidWorkspaceAddressException failure) {
        return Notice.of(Notice.Severity.WARNING, text.get("login.error.address.title"), failure.getMessage());
    }

    // ---------------------------------------------------------------- shared

    /** The details line every error banner carries: HTTP status, the server's words, and the time. */
    public String details(RocketChatException failure) {
        var lines = new StringBuilder();
        if (failure.httpStatus() > 0) {
            lines.append("HTTP ").append(failure.httpStatus()).append('\n');
        }
        if (failure.serverError() != null) {
            lines.append("error: ").append(failure.serverError()).append('\n');
        }
        if (failure.serverErrorType() != null) {
            lines.append("errorType: ").append(failure.serverErrorType()).append('\n');
        }
        lines.append(Notice.timeLine(clock.instant()));
        return lines.toString();
    }

    private Notice generic(RocketChatException failure) {
        return Notice.of(Notice.Severity.ERROR, text.get("error.generic.title"), failure.getMessage())
                .withDetails(details(failure));
    }
}
