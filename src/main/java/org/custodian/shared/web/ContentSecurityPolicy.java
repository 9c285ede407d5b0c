package org.custodian.shared.web;

import java.util.List;

/**
 * The content security policy of every page: no inline script or style anywhere (every script is a file under /js or
 * a webjar, and htmx is told not to inject its indicator style, whose rule lives in app.css instead), and no framing
 * by other sites, except for the collection forms that the company embeds in its own sites.
 */
public final class ContentSecurityPolicy {

    private static final String DIRECTIVES = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors %s; form-action 'self'; base-uri 'self'; object-src 'none'";

    /** The policy of every page: nobody may frame it. */
    public static final String STRICT = DIRECTIVES.formatted("'none'");

    private ContentSecurityPolicy() {
    }

    /**
     * The strict policy, except that the given origins (e.g. {@code https://shop.example.com}, already checked) may
     * show the page in a frame; with none, nobody may.
     */
    public static String framedBy(List<String> origins) {
        return origins.isEmpty() ? STRICT : DIRECTIVES.formatted(String.join(" ", origins));
    }
}
