package dev.tidybar.api;

import java.net.URI;
import java.util.Locale;

/**
 * Decides how to follow a redirect so that nothing leaves the workspace's origin. Within one origin
 * (scheme, host and port) a redirect is followed as is. To another origin it is not followed at all:
 * a POST's body may hold a password, a GET carries the token, and whatever another site answers is
 * not the workspace's list of groups, nor a close done. Even {@code http} to {@code https} on the
 * same host is refused, so that the user fixes the address once instead of every call being redirected.
 */
final class OriginGuard {

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
        throw new MalformedResponseException(sent.endpoint() + ": the server redirected to another site, "
                + origin(target) + "; check the workspace address", MalformedResponseException.Kind.REDIRECTED_AWAY,
                redirect.status(), null, origin(target));
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
