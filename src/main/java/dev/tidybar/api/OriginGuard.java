package dev.tidybar.api;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Decides how to follow a redirect so that credentials never leave the workspace's origin.
 * Within one origin (scheme, host and port) a redirect is followed as is. To another origin the
 * {@code X-Auth-Token} and {@code X-User-Id} headers are dropped from a GET, and a POST is not
 * followed at all: its body may hold a password, and a close answered by another site would be
 * a false success.
 */
final class OriginGuard {

    private static final System.Logger LOG = System.getLogger(OriginGuard.class.getName());

    private OriginGuard() {
    }

    /** The request to send next, for a redirect answer to {@code sent}. */
    static Outgoing follow(Outgoing sent, HttpAnswer redirect) throws MalformedResponseException {
        String location = redirect.header("location").orElseThrow(() -> new MalformedResponseException(
                sent.endpoint() + ": HTTP " + redirect.status() + " redirect without a Location",
                MalformedResponseException.Kind.UNEXPECTED_SHAPE, redirect.status(), null));
        URI target;
        try {
            target = sent.uri().resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException(sent.endpoint() + ": redirect to an invalid address",
                    MalformedResponseException.Kind.UNEXPECTED_SHAPE, redirect.status(), e);
        }
        boolean keepsMethod = redirect.status() == 307 || redirect.status() == 308;
        String method = keepsMethod ? sent.method() : "GET";
        byte[] body = keepsMethod ? sent.jsonBody() : null;
        if (sameOrigin(sent.uri(), target)) {
            return new Outgoing(sent.endpoint(), method, target, sent.credentials(), body);
        }
        if ("POST".equals(sent.method())) {
            throw new MalformedResponseException(sent.endpoint() + ": the server redirected to another site, "
                    + origin(target) + "; check the workspace address",
                    MalformedResponseException.Kind.NOT_FOUND, redirect.status(), null);
        }
        LOG.log(System.Logger.Level.INFO, "{0} redirected to {1}: following without credentials",
                sent, origin(target));
        return new Outgoing(sent.endpoint(), method, target, Map.of(), null);
    }

    static boolean sameOrigin(URI a, URI b) {
        Authority one = Authority.of(a);
        Authority other = Authority.of(b);
        return scheme(a).equals(scheme(b)) && one != null && other != null
                && one.host().equals(other.host()) && port(a, one) == port(b, other);
    }

    static String origin(URI uri) {
        Authority authority = Authority.of(uri);
        return authority == null ? uri.toString() : scheme(uri) + "://" + authority.host() + ":" + port(uri, authority);
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri, Authority authority) {
        if (authority.port() != -1) {
            return authority.port();
        }
        return "https".equals(scheme(uri)) ? 443 : 80;
    }
}
