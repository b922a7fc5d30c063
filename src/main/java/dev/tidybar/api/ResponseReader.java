package dev.tidybar.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Reads a 2xx answer into its DTO, or turns any other answer into its typed failure. A body that
 * is HTML, not JSON, cut off, or JSON of the wrong shape becomes a {@link MalformedResponseException}.
 */
final class ResponseReader {

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ErrorMapper errors;

    ResponseReader(Clock clock) {
        this.errors = new ErrorMapper(json, clock);
    }

    <T extends Dto.Complete> T read(String endpoint, ErrorMapper.Call call, HttpAnswer answer, Class<T> type)
            throws RocketChatException {
        requireSuccess(endpoint, call, answer);
        if (answer.body().length == 0 || answer.looksLikeHtml()) {
            throw errors.unreadable(endpoint, answer);
        }
        T value;
        try {
            // straight into the answer's type, with no tree in between: a list of tens of megabytes is
            // held once as bytes and once as what the app keeps of it, not a third time as JSON nodes
            value = json.readValue(answer.body(), type);
        } catch (IOException e) {
            if (endsEarly(e, answer.body())) {
                throw malformed(endpoint, "the JSON answer ends early", MalformedResponseException.Kind.TRUNCATED,
                        answer, e);
            }
            throw e instanceof DatabindException
                    ? malformed(endpoint, "the JSON answer has an unexpected shape",
                            MalformedResponseException.Kind.UNEXPECTED_SHAPE, answer, e)
                    : malformed(endpoint, "the answer is not valid JSON", MalformedResponseException.Kind.NOT_JSON,
                            answer, e);
        }
        if (value == null || !value.complete()) {
            throw malformed(endpoint, "the JSON answer lacks fields Tidybar needs",
                    MalformedResponseException.Kind.UNEXPECTED_SHAPE, answer, null);
        }
        return value;
    }

    /** Throws the typed failure unless the answer is a 2xx. */
    void requireSuccess(String endpoint, ErrorMapper.Call call, HttpAnswer answer) throws RocketChatException {
        if (!answer.isSuccess()) {
            throw errors.map(endpoint, call, answer);
        }
    }

    /** The failure a 429 answer stands for. */
    RateLimitedException rateLimited(String endpoint, HttpAnswer answer) {
        return errors.rateLimited(endpoint, answer);
    }

    byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a request body", e);
        }
    }

    /**
     * Whether the parser ran out of {@code body} before the answer was complete. Binding wraps the parser's
     * failure in its own exception when the end comes inside a value; an end between an object's entries
     * fails at the very end, and an end inside {@code true}, {@code false} or {@code null} fails on what is
     * left of the word.
     */
    private static boolean endsEarly(Throwable failure, byte[] body) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonEOFException) {
                return true;
            }
            if (cause instanceof StreamReadException read && read.getLocation() != null
                    && isCutShortAt(body, read.getLocation().getByteOffset())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCutShortAt(byte[] body, long offset) {
        if (offset < 0 || offset > body.length) {
            return false;
        }
        String rest = new String(body, (int) offset, body.length - (int) offset, StandardCharsets.US_ASCII);
        return rest.isEmpty() || "true".startsWith(rest) || "false".startsWith(rest) || "null".startsWith(rest);
    }

    private static MalformedResponseException malformed(String endpoint, String what,
                                                        MalformedResponseException.Kind kind, HttpAnswer answer,
                                                        Exception jacksonFailure) {
        return new MalformedResponseException(endpoint + ": HTTP " + answer.status() + ", " + what, kind,
                answer.status(), jacksonFailure == null ? null : new UnreadableJson(jacksonFailure));
    }

    /**
     * Jackson's failure without its words, which quote the text it could not read: an answer can
     * hold a token (the login's does). The kind of failure, the place in the answer and the stack stay.
     */
    private static final class UnreadableJson extends IOException {

        private static final long serialVersionUID = 1L;

        UnreadableJson(Exception jacksonFailure) {
            super(jacksonFailure.getClass().getSimpleName() + place(jacksonFailure));
            setStackTrace(jacksonFailure.getStackTrace());
        }

        private static String place(Exception failure) {
            if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return " at " + mapping.getPathReference();
            }
            JsonLocation location = failure instanceof JsonProcessingException processing
                    ? processing.getLocation() : null;
            return location == null || location.getLineNr() < 1 ? ""
                    : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        }
    }
}
