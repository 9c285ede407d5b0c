package org.custodian.consent;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PRO-1: where a proof says a consent came from must be something a proof can state — an IP address, not a
 * {@code <script>}; a web page's address or one of a few documented labels, not any text a caller sends.
 */
public final class ProofOrigin {

    /**
     * The labels a web shop may send as the source when it has no page address to give (an app, a shop counter):
     * {@code checkout}, {@code account}, {@code newsletter}, {@code mobile-app}, {@code in-store}.
     */
    public static final List<String> SOURCE_LABELS = List.of("checkout", "account", "newsletter", "mobile-app",
            "in-store");

    private static final Pattern IPV4 = Pattern.compile(
            "^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$");
    /**
     * What an IPv6 literal is made of, starting with a hex digit or a colon: the JDK parses such a string as a literal
     * and never hands it to a name resolver.
     */
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("^[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}$");
    private static final int MAX_SOURCE = 200;

    private ProofOrigin() {
    }

    /**
     * Whether the value is an IPv4 address in dotted decimal or an IPv6 address (without zone), read without any
     * name lookup.
     */
    public static boolean isIpAddress(String value) {
        if (value == null) {
            return false;
        }
        if (IPV4.matcher(value).matches()) {
            return true;
        }
        if (!value.contains(":") || !IPV6_CHARACTERS.matcher(value).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(value);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether the value is an absolute http(s) address with a host, or one of {@link #SOURCE_LABELS}. */
    public static boolean isSource(String value) {
        if (value == null || value.length() > MAX_SOURCE) {
            return false;
        }
        if (SOURCE_LABELS.contains(value)) {
            return true;
        }
        try {
            var uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Whether the value is a web origin as browsers send it in the {@code Origin} header: scheme, host, optional port.
     */
    public static boolean isOrigin(String value) {
        if (!isSource(value) || SOURCE_LABELS.contains(value)) {
            return false;
        }
        var uri = URI.create(value);
        return (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null;
    }
}
