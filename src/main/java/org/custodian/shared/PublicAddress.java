package org.custodian.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 8 §2 — the address at which people reach the public pages (the notice, the forms, the confirmation links).
 * Either configured ({@code CUSTODIAN_PUBLIC_URL}), and then true by definition; or derived from the first
 * administrator's request and true only once an administrator has confirmed it: a server does not know under which
 * name and port it is reached, and a guessed link in a mail cannot be called back.
 */
@Service
public class PublicAddress {

    /** What links point to before anything is known: no mail with such a link leaves (it waits for a confirmation). */
    static final String UNKNOWN = "http://localhost:8080";

    /**
     * The address links are written with, and whether it is confirmed.
     *
     * @param url without a trailing slash
     * @param configured set by {@code CUSTODIAN_PUBLIC_URL}, not by a screen
     */
    public record Current(String url, boolean confirmed, boolean configured) {

        /** Nothing configured, derived or confirmed yet: links are written with a placeholder. */
        public boolean unknown() {
            return !configured && !confirmed && UNKNOWN.equals(url);
        }
    }

    private final String configured;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public PublicAddress(@Value("${custodian.public-url:}") String configured, JdbcClient jdbc, Clock clock,
            ApplicationEventPublisher events) {
        this.configured = configured == null || configured.isBlank() ? null : normalise(configured);
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The address as it stands: configured, confirmed, derived and to confirm, or not yet known. */
    @Transactional(readOnly = true)
    public Current current() {
        if (configured != null) {
            return new Current(configured, true, true);
        }
        return jdbc.sql("SELECT url, confirmed_at FROM public_address WHERE id = 1")
                .query((rs, n) -> new Current(rs.getString("url"), rs.getTimestamp("confirmed_at") != null, false))
                .optional().orElse(new Current(UNKNOWN, false, false));
    }

    /** The base of every link to a public page, e.g. {@code url() + "/p/forms/" + slug}. */
    public String url() {
        return current().url();
    }

    /**
     * Remembers the address an administrator's browser used, the first time only: it is then proposed for
     * confirmation. Nothing happens when the address is configured or already known.
     */
    @Transactional
    public void deriveFrom(String requestBase) {
        if (configured != null) {
            return;
        }
        jdbc.sql("INSERT INTO public_address (id, url, derived_at) VALUES (1, ?, ?) ON CONFLICT DO NOTHING")
                .params(normalise(requestBase), Timestamp.from(clock.instant())).update();
    }

    /**
     * An administrator confirms the address (possibly corrected): links written from now on use it, and mails
     * waiting for it may leave.
     *
     * @throws IllegalArgumentException when the address is not an absolute http(s) address without query
     * @throws IllegalStateException when the address is configured, and so not changed from a screen
     */
    @Transactional
    public String confirm(String url, String by) {
        if (configured != null) {
            throw new IllegalStateException("The public address is set by CUSTODIAN_PUBLIC_URL");
        }
        var address = normalise(url);
        var now = Timestamp.from(clock.instant());
        var updated = jdbc.sql("UPDATE public_address SET url = ?, confirmed_at = ?, confirmed_by = ? WHERE id = 1")
                .params(address, now, by).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO public_address (id, url, derived_at, confirmed_at, confirmed_by) VALUES (1, ?, ?, ?, ?)")
                    .params(address, now, now, by).update();
        }
        events.publishEvent(new PublicAddressConfirmed(address));
        return address;
    }

    /** Whether {@link #normalise(String)} accepts this address. */
    public static boolean valid(String url) {
        try {
            normalise(url);
            return true;
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * An absolute http or https address with a host, an optional port and path, no query, fragment or user part;
     * returned without its trailing slash.
     */
    static String normalise(String url) {
        if (url == null || url.isBlank() || url.length() > 300) {
            throw new IllegalArgumentException("A public address is an http(s) address of at most 300 characters");
        }
        try {
            var uri = new URI(url.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("A public address is an http(s) address without query: " + url);
            }
            var text = uri.toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        }
        catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an address: " + url, e);
        }
    }
}
