package dev.tidybar.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A complete answer, read into memory (within the size cap).
 *
 * @param uri     where it came from, after redirects
 * @param status  the HTTP status
 * @param headers the response headers, names in lower case (first value of each)
 * @param body    the body bytes, empty when there was none
 */
record HttpAnswer(URI uri, int status, Map<String, String> headers, byte[] body) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** A web page rather than an API answer: what proxies, captive portals and wrong addresses send. */
    boolean looksLikeHtml() {
        if (header("content-type").map(type -> type.toLowerCase(Locale.ROOT).contains("html")).orElse(false)) {
            return true;
        }
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("<");
    }

    /** The {@code X-RateLimit-*} headers, when the server sent a limit and a reset time. */
    Optional<RateLimit> rateLimit() {
        Optional<Integer> limit = intHeader("x-ratelimit-limit");
        Optional<Instant> reset = resetHeader();
        if (limit.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RateLimit(limit.get(), intHeader("x-ratelimit-remaining").orElse(0), reset.get()));
    }

    Optional<Integer> intHeader(String name) {
        try {
            return header(name).map(String::strip).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code X-RateLimit-Reset} is an absolute time in epoch milliseconds (contract §7). */
    Optional<Instant> resetHeader() {
        try {
            return header("x-ratelimit-reset").map(String::strip).map(Long::valueOf).map(Instant::ofEpochMilli);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Without the body (the login answer holds a token) or the headers' values (a cookie may). */
    @Override
    public String toString() {
        return "HTTP " + status + " from " + uri + ", " + body.length + " bytes, headers "
                + new TreeSet<>(headers.keySet());
    }
}
