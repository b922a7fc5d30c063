package dev.tidybar.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A normalised workspace base address: scheme, host, optional port and optional sub-path, with no
 * trailing slash. Users type {@code chat.example.com}, {@code https://chat.example.com/} or
 * {@code https://example.com/chat}; all of these work, and {@code https} is assumed. Host names may
 * hold underscores or be written in any script ({@code bücher.example}, sent as its ASCII form).
 */
public final class WorkspaceAddress {

    private final URI base;
    private final Authority authority;

    private WorkspaceAddress(URI base, Authority authority) {
        this.base = base;
        this.authority = authority;
    }

    /** Parses what a user typed; the exception message is fit to show as is. */
    public static WorkspaceAddress parse(String typed) throws InvalidWorkspaceAddressException {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidWorkspaceAddressException("Enter your workspace address, for example chat.example.com.");
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidWorkspaceAddressException("“" + withoutUserInfo(typed) + "” is not a web address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidWorkspaceAddressException(
                    "Use an https:// address; “" + uri.getScheme() + "://” is not supported.");
        }
        String rawAuthority = uri.getRawAuthority();
        if (rawAuthority == null || rawAuthority.isBlank()) {
            throw new InvalidWorkspaceAddressException("“" + withoutUserInfo(typed) + "” has no host name.");
        }
        if (rawAuthority.contains("@")) {
            throw new InvalidWorkspaceAddressException("Leave the user name out of the address; type it below.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidWorkspaceAddressException("The address should end at the workspace path, without ? or #.");
        }
        Authority authority = Authority.parse(rawAuthority);
        if (authority.port() == defaultPort(scheme)) {
            // https://h:443 and https://h are one workspace: one budget, one saved queue, one recent entry
            authority = new Authority(authority.host(), -1);
        }
        // the decoded path: the URI constructor below encodes it again, so "%20" stays one space
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        // A pasted link to a room or to the API still names the same workspace.
        path = path.replaceAll("/(api|group|channel|direct|home)(/.*)?$", "");
        try {
            // the constructor with an authority, not a host: it takes host names with an underscore
            return new WorkspaceAddress(new URI(scheme, authority.toString(), path.isEmpty() ? null : path, null, null),
                    authority);
        } catch (URISyntaxException e) {
            throw new InvalidWorkspaceAddressException("“" + withoutUserInfo(typed) + "” is not a web address.");
        }
    }

    /** The URI of a REST endpoint, for example {@code resolve("v1/groups.list")}. */
    public URI api(String endpoint) {
        return URI.create(base + "/api/" + endpoint);
    }

    public URI base() {
        return base;
    }

    /** The host as the user knows it: a name in another script is shown in that script, not as {@code xn--}. */
    public String host() {
        return authority.displayHost();
    }

    /**
     * True for {@code http://} to a host that is not this computer: what is sent, a password or a
     * token included, crosses the network unencrypted. Loopback is exempt, as the demo workspace is.
     */
    public boolean isPlainRemote() {
        return base.getScheme().equals("http") && !isLoopback(authority.host());
    }

    /** Decided from the name alone: resolving it would take a network call on every key the user types. */
    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")
                || host.matches("127(\\.[0-9]{1,3}){3}");
    }

    /** What the user typed, to quote in a message: never a password typed as {@code user:password@host}. */
    private static String withoutUserInfo(String typed) {
        return typed.strip().replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)?[^/@]*@", "$1");
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkspaceAddress that && base.equals(that.base);
    }

    @Override
    public int hashCode() {
        return base.hashCode();
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
