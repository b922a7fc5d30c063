package dev.tidybar.ui.common;

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

    public ErrorNotices(UiText text, Clock clock) {
        this.text = text;
        this.clock = clock;
    }

    /** A failed sign-in, shown on the login form. */
    public Notice loginFailure(RocketChatException failure, WorkspaceAddress workspace) {
        return generic(failure);
    }

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
