package dev.tidybar.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an answer that is not a 2xx into the failure type the UI switches on (contract §1.3, §3,
 * §5, §7, §8). Each failure keeps the status and the server's own words; requests hold no secrets
 * in their endpoint names, so messages never carry a token or a password.
 */
final class ErrorMapper {

    /** Whether a 401 means "wrong credentials" (at login) or "the session ended" (any other call). */
    enum Call { LOGIN, AUTHENTICATED }

    private static final Pattern WAIT_SECONDS = Pattern.compile("wait (\\d+) seconds");
    private static final Pattern HTML_TITLE = Pattern.compile("<title>([^<]{1,200})</title>", Pattern.CASE_INSENSITIVE);
    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(1);

    private final ObjectMapper json;
    private final Clock clock;

    ErrorMapper(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    RocketChatException map(String endpoint, Call call, HttpAnswer answer) {
        int status = answer.status();
        Optional<Dto.ErrorBody> body = errorBody(answer);
        String words = body.map(Dto.ErrorBody::words).orElse(null);
        String errorType = body.map(Dto.ErrorBody::errorType).orElse(null);
        String message = endpoint + ": HTTP " + status + (words == null ? "" : " " + words);
        if (status == 429) {
            return rateLimited(message, words, answer);
        }
        if (status >= 500) {
            if (body.isEmpty() && answer.looksLikeHtml()) {
                return new ServerErrorException(endpoint + ": HTTP " + status + " from a proxy or web server in front"
                        + " of Rocket.Chat (an HTML page)", status, htmlTitle(answer), null);
            }
            return new ServerErrorException(message, status, words, errorType);
        }
        if (status == 403) {
            return new ForbiddenException(message, status, words, errorType);
        }
        if (status == 404) {
            return new MalformedResponseException(endpoint + ": HTTP 404, no Rocket.Chat API at " + answer.uri()
                    + "; check the workspace address", MalformedResponseException.Kind.NOT_FOUND, status, null);
        }
        if (status < 400) {
            // a 3xx that is no redirect to follow (300, 304): nothing Rocket.Chat answers to these calls
            return new MalformedResponseException(endpoint + ": unexpected HTTP " + status,
                    MalformedResponseException.Kind.UNEXPECTED_SHAPE, status, null);
        }
        if (body.isEmpty()) {
            return unreadable(endpoint, answer);
        }
        if (status == 400) {
            return badRequest(message, words, errorType);
        }
        if (status == 401) {
            return call == Call.LOGIN
                    ? LoginFailures.map(message, words, errorType, body.get().twoFactorMethod())
                    : new NotLoggedInException(message, status, words, errorType);
        }
        return new BadRequestException(message, status, words, errorType);
    }

    /** A 2xx or 4xx answer whose body is not a Rocket.Chat JSON object. */
    MalformedResponseException unreadable(String endpoint, HttpAnswer answer) {
        if (answer.body().length == 0) {
            return new MalformedResponseException(endpoint + ": HTTP " + answer.status() + " with an empty answer",
                    MalformedResponseException.Kind.NOT_JSON, answer.status(), null);
        }
        if (answer.looksLikeHtml()) {
            return new MalformedResponseException(endpoint + ": HTTP " + answer.status() + " with a web page instead of"
                    + " a Rocket.Chat answer; check the workspace address",
                    MalformedResponseException.Kind.HTML_PAGE, answer.status(), null);
        }
        return new MalformedResponseException(endpoint + ": HTTP " + answer.status() + " with an answer that is not"
                + " Rocket.Chat JSON", MalformedResponseException.Kind.NOT_JSON, answer.status(), null);
    }

    private static BadRequestException badRequest(String message, String words, String errorType) {
        if ("error-room-not-found".equals(errorType)) {
            return new GroupNotFoundException(message, 400, words, errorType);
        }
        // contract §5.2/§5.3: these two come without an errorType, so the text is all there is
        String text = words == null ? "" : words;
        if (errorType == null && text.endsWith("is already closed to the sender")) {
            return new AlreadyClosedException(message, 400, words, null);
        }
        if (errorType == null && text.endsWith("is already open for the sender")) {
            return new AlreadyOpenException(message, 400, words, null);
        }
        return new BadRequestException(message, 400, words, errorType);
    }

    /** A 429 answer's failure: when the same call may go again, and the limit. */
    RateLimitedException rateLimited(String endpoint, HttpAnswer answer) {
        String words = errorBody(answer).map(Dto.ErrorBody::words).orElse(null);
        return rateLimited(endpoint + ": HTTP 429" + (words == null ? "" : " " + words), words, answer);
    }

    private RateLimitedException rateLimited(String message, String words, HttpAnswer answer) {
        Instant now = clock.instant();
        // a reset already past (a bad header, or a server clock behind ours) tells no wait, and a close
        // or reopen sent again at once would only be refused again: the words say how long
        Duration wait = answer.resetHeader().map(reset -> Duration.between(now, reset))
                .filter(untilReset -> !untilReset.isNegative() && !untilReset.isZero())
                .orElseGet(() -> waitInWords(words));
        return new RateLimitedException(message, words, now, wait, answer.intHeader("x-ratelimit-limit").orElse(0));
    }

    /** "You must wait 42 seconds…" without headers: a number too long for a long is a wait beyond any countdown. */
    private static Duration waitInWords(String words) {
        Matcher wait = words == null ? null : WAIT_SECONDS.matcher(words);
        if (wait == null || !wait.find()) {
            return DEFAULT_RATE_LIMIT_WAIT;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(wait.group(1)));
        } catch (NumberFormatException beyondALong) {
            return RateLimitedException.LONGEST_KEPT;
        }
    }

    private Optional<Dto.ErrorBody> errorBody(HttpAnswer answer) {
        if (answer.body().length == 0 || answer.looksLikeHtml()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(answer.body(), Dto.ErrorBody.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String htmlTitle(HttpAnswer answer) {
        Matcher title = HTML_TITLE.matcher(new String(answer.body(), StandardCharsets.UTF_8));
        return title.find() ? title.group(1).strip() : null;
    }
}
