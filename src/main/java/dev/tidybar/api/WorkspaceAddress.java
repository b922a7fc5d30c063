package dev.tidybar.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A normalised workspace base address: scheme, host, optional port and optional sub-path, with no
 * trailing slash. Users type {@code chat.example.com}, {@code https://chat.example.com/} or
 * {@code https://example.com/chat}; all of these work, and {@code https} is assumed.
 */
public final class WorkspaceAddress {

    private final URI base;

    private WorkspaceAddress(URI base) {
        this.base = base;
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
            throw new InvalidWorkspaceAddressException("“" + typed.strip() + "” is not a web address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidWorkspaceAddressException(
                    "Use an https:// address; “" + uri.getScheme() + "://” is not supported.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidWorkspaceAddressException("“" + typed.strip() + "” has no host name.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidWorkspaceAddressException("Leave the user name out of the address; type it below.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidWorkspaceAddressException("The address should end at the workspace path, without ? or #.");
        }
        // the decoded path: the URI constructor below encodes it again, so "%20" stays one space
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        // A pasted link to a room or to the API still names the same workspace.
        path = path.replaceAll("/(api|group|channel|direct|home)(/.*)?$", "");
        try {
            return new WorkspaceAddress(new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT),
                    uri.getPort(), path.isEmpty() ? null : path, null, null));
        } catch (URISyntaxException e) {
            throw new InvalidWorkspaceAddressException("“" + typed.strip() + "” is not a web address.");
        }
    }

    /** The URI of a REST endpoint, for example {@code resolve("v1/groups.list")}. */
    public URI api(String endpoint) {
        return URI.create(base + "/api/" + endpoint);
    }

    public URI base() {
        return base;
    }

    public String host() {
        return base.getHost();
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
