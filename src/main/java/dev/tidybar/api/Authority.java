package dev.tidybar.api;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host and port of an address, read by hand: {@link URI#getHost()} is null for host names with
 * an underscore (common on intranets) and for names in other scripts, which Rocket.Chat servers have.
 *
 * @param host the host in ASCII (an IDN as {@code xn--…}), lower case; an IPv6 literal keeps its brackets
 * @param port the port, or -1 when none was given
 */
record Authority(String host, int port) {

    /** Letters, digits, hyphens, underscores and dots once an IDN is in ASCII; or an IPv6 literal. */
    private static final Pattern HOST = Pattern.compile("[a-z0-9_.-]+|\\[[0-9a-f:.]+]");

    /** Parses {@code host[:port]} as it stands in an address; the message of the exception is fit to show. */
    static Authority parse(String authority) throws InvalidWorkspaceAddressException {
        int portColon = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']'))
                : authority.lastIndexOf(':');
        if (portColon < 0) {
            return new Authority(asciiHost(authority), -1);
        }
        String port = authority.substring(portColon + 1);
        return new Authority(asciiHost(authority.substring(0, portColon)), port.isEmpty() ? -1 : port(port));
    }

    /** The host and port of any URI, also where {@link URI#getHost()} gives up; null when it has no host. */
    static Authority of(URI uri) {
        if (uri.getHost() != null) {
            return new Authority(uri.getHost().toLowerCase(Locale.ROOT), uri.getPort());
        }
        try {
            return uri.getRawAuthority() == null ? null : parse(uri.getRawAuthority());
        } catch (InvalidWorkspaceAddressException e) {
            return null;
        }
    }

    /** The host of any URI, or null. */
    static String hostOf(URI uri) {
        Authority authority = of(uri);
        return authority == null ? null : authority.host();
    }

    /** The host of any URI as people write it, or null: for messages. */
    static String displayHostOf(URI uri) {
        Authority authority = of(uri);
        return authority == null ? null : authority.displayHost();
    }

    /** The host as people write it: an IDN in its own script. */
    String displayHost() {
        return IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED);
    }

    @Override
    public String toString() {
        return port == -1 ? host : host + ":" + port;
    }

    private static String asciiHost(String typed) throws InvalidWorkspaceAddressException {
        if (typed.isBlank()) {
            throw new InvalidWorkspaceAddressException("The address has no host name.");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(typed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidWorkspaceAddressException("“" + typed + "” is not a valid host name.");
        }
        if (!HOST.matcher(ascii).matches() || ascii.startsWith(".") || ascii.contains("..")) {
            throw new InvalidWorkspaceAddressException("“" + typed + "” is not a valid host name.");
        }
        return ascii;
    }

    private static int port(String digits) throws InvalidWorkspaceAddressException {
        if (!digits.matches("[0-9]{1,5}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > 65_535) {
            throw new InvalidWorkspaceAddressException(
                    "“" + digits + "” is not a port: use a number from 1 to 65535, or leave the port out.");
        }
        return Integer.parseInt(digits);
    }
}
