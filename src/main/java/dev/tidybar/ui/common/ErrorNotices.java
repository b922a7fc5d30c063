package dev.tidybar.ui.common;

import dev.tidybar.api.AlreadyClosedException;
import dev.tidybar.api.AlreadyOpenException;
import dev.tidybar.api.BadRequestException;
import dev.tidybar.api.ForbiddenException;
import dev.tidybar.api.GroupNotFoundException;
import dev.tidybar.api.InvalidWorkspaceAddressException;
import dev.tidybar.api.MalformedResponseException;
import dev.tidybar.api.NetworkException;
import dev.tidybar.api.RateLimitedException;
import dev.tidybar.api.RocketChatException;
import dev.tidybar.api.ServerErrorException;
import dev.tidybar.api.Session;
import dev.tidybar.api.UnexpectedFailureException;
import dev.tidybar.api.WorkspaceAddress;
import dev.tidybar.keychain.KeychainException;
import dev.tidybar.keychain.KeychainUnavailableException;
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

    /** A failed sign-in, shown on the login form. */
    public Notice loginFailure(RocketChatException failure, WorkspaceAddress workspace) {
        return signIn.describe(failure, workspace, false).withDetails(details(failure));
    }

    /** A failed sign-in with a personal access token: a rejection means the user id or the token is wrong. */
    public Notice tokenLoginFailure(RocketChatException failure, WorkspaceAddress workspace) {
        return signIn.describe(failure, workspace, true).withDetails(details(failure));
    }

    /** "Too many sign-in attempts", with the seconds left before the server takes another one. */
    public Notice loginRateLimited(RateLimitedException failure, WorkspaceAddress workspace, long secondsLeft) {
        return signIn.rateLimited(workspace.host(), secondsLeft).withDetails(details(failure));
    }

    /** A workspace address the client cannot use; the exception's message already says why. */
    public Notice invalidWorkspaceAddress(InvalidWorkspaceAddressException failure) {
        return Notice.of(Notice.Severity.WARNING, text.get("login.error.address.title"), failure.getMessage());
    }

    // ---------------------------------------------------------------- keep me signed in (login screen)

    /** What a keychain step was doing when it failed. */
    public enum KeychainStep {
        READ("read"), KEEP("keep"), FORGET("forget");

        private final String key;

        KeychainStep(String key) {
            this.key = key;
        }
    }

    /** Why "Keep me signed in" is greyed out: no keychain answered, and Tidybar has no plain-file fallback. */
    public String keychainUnavailable(KeychainUnavailableException failure) {
        return switch (failure.reason()) {
            case NO_SESSION_BUS -> text.get("login.keep.unavailable.noSessionBus");
            case NO_SECRET_SERVICE -> text.get("login.keep.unavailable.noSecretService");
            case OTHER -> text.format("login.keep.unavailable.other", failure.getMessage());
        };
    }

    /** A keychain that answered at start but then failed to read, keep or remove the session. */
    public Notice keychainFailure(KeychainStep step, KeychainException failure) {
        String key = "keychain.error." + step.key;
        return Notice.of(Notice.Severity.WARNING, text.get(key + ".title"), text.get(key + ".message"))
                .withDetails(text.format("keychain.error.details", failure.getMessage()) + "\n"
                        + Notice.timeLine(clock.instant()));
    }

    /** The server refused the kept session's token at start: Tidybar has forgotten it. */
    public Notice keptSessionEnded(Session kept, RocketChatException failure) {
        return Notice.of(Notice.Severity.WARNING, text.get("login.kept.ended.title"),
                text.format("login.kept.ended.message", kept.username(), kept.workspace().host()))
                .withDetails(details(failure));
    }

    /** The kept session could not be checked (network, server, …): it stays kept, and {@code retry} checks again. */
    public Notice keptSessionUnchecked(RocketChatException failure, WorkspaceAddress workspace, Runnable retry) {
        Notice why = signIn.describe(failure, workspace, false);
        return Notice.of(why.severity(), why.title(), why.message() + " " + text.get("login.kept.unchecked"))
                .withDetails(details(failure))
                .withActions(new Notice.Action(text.get("login.kept.retry"), retry));
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

    // ---------------------------------------------------------------- logging out

    /** While the server ends the session: {@code stopWaiting} leaves without its answer. */
    public Notice loggingOut(String host, Runnable stopWaiting) {
        return Notice.of(Notice.Severity.INFO, text.format("logout.waiting.title", host), "")
                .withActions(new Notice.Action(text.get("logout.stopWaiting"), stopWaiting));
    }

    /** Logged out here, but the server did not say it ended the session: it may stay valid there. */
    public Notice logoutUnconfirmed(Exception failure, String host) {
        if (!(failure instanceof RocketChatException problem)) {
            return Notice.of(Notice.Severity.WARNING, text.get("logout.unconfirmed.title"),
                    text.format("logout.unconfirmed.message", host, "")).withDetails(failure.toString());
        }
        return Notice.of(Notice.Severity.WARNING, text.get("logout.unconfirmed.title"),
                text.format("logout.unconfirmed.message", host, passingTrouble(problem)))
                .withDetails(groupDetails(problem));
    }

    /** The user left without waiting for the server's answer to the logout. */
    public Notice logoutNotWaited(String host) {
        return Notice.of(Notice.Severity.WARNING, text.get("logout.unconfirmed.title"),
                text.format("logout.notWaited.message", host));
    }

    // ---------------------------------------------------------------- groups screen (listing, close, reopen)

    /**
     * A close or reopen that failed (or was not needed). "Already closed/open" is info, as the user's goal is met; a
     * failure that may pass (server, proxy page, bad answer, network) offers {@code retry}.
     */
    public Notice jobFailure(RocketChatException failure, JobKind kind, String groupName,
                                     Runnable retry) {
        if (failure instanceof AlreadyClosedException) {
            return info(text.format("error.group.alreadyClosed.title", groupName),
                    text.get("error.group.alreadyClosed.message"), failure);
        }
        if (failure instanceof AlreadyOpenException) {
            return info(text.format("error.group.alreadyOpen.title", groupName),
                    text.get("error.group.alreadyOpen.message"), failure);
        }
        if (failure instanceof GroupNotFoundException) {
            return error(text.format("error.group.notFound.title", groupName),
                    text.get("error.group.notFound.message"), failure);
        }
        String title = text.format(kind == JobKind.CLOSE ? "error.group.close.title" : "error.group.open.title",
                groupName);
        return failedCall(title, failure, retry);
    }

    /** Loading the list of groups failed. */
    public Notice listingFailure(RocketChatException failure, Runnable retry) {
        return failedCall(text.get("error.group.list.title"), failure, retry);
    }

    /** Filling in the room columns (topic, members, …) failed; the list itself is there and works. */
    public Notice detailsFailure(RocketChatException failure, Runnable retry) {
        return failedCall(text.get("error.group.details.title"), failure, retry);
    }

    /** The page cap stopped filling in the room columns: the server's pages did not end. */
    public Notice detailsCapped(int roomsRead, int pagesRead) {
        return Notice.of(Notice.Severity.WARNING, text.format("error.group.details.capped.title", roomsRead),
                text.format("error.group.details.capped.message", roomsRead, pagesRead));
    }

    /** A 401 on a signed-in call: shown on the login screen the app goes back to. */
    public Notice sessionEnded(RocketChatException failure) {
        return error(text.get("error.group.sessionEnded.title"), text.get("error.group.sessionEnded.message"),
                failure);
    }

    /** {@code ended}, saying that the {@code jobsLeft} closes and reopens go on after signing in again. */
    public Notice sessionEndedWithJobsLeft(Notice ended, int jobsLeft) {
        return new Notice(ended.severity(), ended.title(), text.format("error.group.sessionEnded.jobsLeft", jobsLeft),
                ended.details(), ended.actions());
    }

    /** A failure that is not a Rocket.Chat answer at all: a bug, so say so plainly and offer to try again. */
    public Notice unexpected(Exception failure, Runnable retry) {
        return Notice.of(Notice.Severity.ERROR, text.get("error.generic.title"),
                        text.format("error.group.unexpected.message", failure.toString()))
                .withDetails(Notice.timeLine(clock.instant()))
                .withActions(new Notice.Action(text.get("error.group.retry"), retry));
    }

    /**
     * A 429 too long for the client to wait out while loading the list: counts down to the retry;
     * {@code cancel} stops it.
     */
    public Notice listingRateLimited(RateLimitedException failure, long secondsLeft, Runnable cancel) {
        return rateLimited(text.get("error.group.rateLimited.list.title"), failure, secondsLeft, cancel);
    }

    private Notice rateLimited(String title, RateLimitedException failure, long secondsLeft, Runnable cancel) {
        return Notice.of(Notice.Severity.WARNING, title, text.format("error.group.rateLimited.message", secondsLeft))
                .withDetails(details(failure) + "\n" + text.format("error.group.rateLimited.resetAt",
                        failure.resetAt().toString()))
                .withActions(new Notice.Action(text.get("error.group.cancel"), cancel));
    }

    private Notice failedCall(String title, RocketChatException failure, Runnable retry) {
        if (failure instanceof ForbiddenException) {
            return error(title, text.get("error.group.forbidden.message"), failure);
        }
        if (failure instanceof BadRequestException) {
            return error(title, text.format("error.group.badRequest.message", serverWords(failure)), failure);
        }
        return error(title, passingTrouble(failure), failure)
                .withActions(new Notice.Action(text.get("error.group.retry"), retry));
    }

    /** Words for the failures that trying again may cure. */
    private String passingTrouble(RocketChatException failure) {
        if (failure instanceof RateLimitedException limited) {
            // only a wait too long to count down ends up here
            return text.format("error.group.rateLimited.tooLong", text.duration(limited.askedWait()));
        }
        if (failure instanceof ServerErrorException) {
            return text.format("error.group.server.message", String.valueOf(failure.httpStatus()));
        }
        if (failure instanceof MalformedResponseException malformed) {
            return switch (malformed.kind()) {
                case HTML_PAGE -> text.format("error.group.htmlPage.message", String.valueOf(failure.httpStatus()));
                case REDIRECTED_AWAY -> text.format("error.group.redirected.message", malformed.elsewhere());
                case TOO_LARGE -> text.get("error.group.tooLarge.message");
                default -> text.get("error.group.malformed.message");
            };
        }
        if (failure instanceof NetworkException network) {
            if (network.kind() == NetworkException.Kind.TIMEOUT) {
                return text.format("error.group.network.timeout", network.host(), text.call(network.endpoint()),
                        text.duration(network.timeLimit()));
            }
            String key = switch (network.kind()) {
                case CONNECTION_REFUSED -> "error.group.network.refused";
                case UNKNOWN_HOST -> "error.group.network.unknownHost";
                case TLS -> "error.group.network.tls";
                case CONNECTION_RESET -> "error.group.network.reset";
                case TIMEOUT, OTHER -> "error.group.network.other";
            };
            return text.format(key, network.host());
        }
        if (failure instanceof UnexpectedFailureException) {
            return text.get("error.group.unhandled.message");
        }
        return text.format("error.group.unexpected.message", serverWords(failure));
    }

    private static String serverWords(RocketChatException failure) {
        return failure.serverError() != null ? failure.serverError() : failure.getMessage();
    }

    private Notice info(String title, String message, RocketChatException failure) {
        return Notice.of(Notice.Severity.INFO, title, message).withDetails(groupDetails(failure));
    }

    private Notice error(String title, String message, RocketChatException failure) {
        return Notice.of(Notice.Severity.ERROR, title, message).withDetails(groupDetails(failure));
    }

    /** {@link #details}, plus what kind of network failure or odd answer it was, which support will ask about. */
    private String groupDetails(RocketChatException failure) {
        String kind = failure instanceof NetworkException network ? network.kind() + " (" + network.host() + ")"
                : failure instanceof MalformedResponseException malformed ? malformed.kind().toString() : null;
        return kind == null ? details(failure)
                : failure.getClass().getSimpleName() + ": " + kind + "\n" + details(failure);
    }
}
