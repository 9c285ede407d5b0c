package org.custodian.notices;

/**
 * Where a submission came from, kept with the consents as their proof (PRO-1).
 *
 * @param ip        the visitor's address
 * @param userAgent the visitor's browser
 * @param origin    the site the form was posted from ({@code Origin} header), when it is another site
 */
public record Visitor(String ip, String userAgent, String origin) {
}
