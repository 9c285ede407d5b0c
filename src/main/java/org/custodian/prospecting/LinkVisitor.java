package org.custodian.prospecting;

import java.util.Locale;

/**
 * Who followed a message link, kept with the withdrawal or objection as its proof, as the public forms keep it (PRO-1).
 *
 * @param ip        the visitor's address
 * @param userAgent the visitor's browser (or mail client, for a one-click POST)
 * @param locale    the language of the page
 */
public record LinkVisitor(String ip, String userAgent, Locale locale) {

    public LinkVisitor {
        locale = locale == null ? Locale.FRENCH : locale;
    }
}
