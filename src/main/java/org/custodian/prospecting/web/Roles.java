package org.custodian.prospecting.web;

/**
 * Who may do what with the suppression list. Marketing, who runs campaigns, and the DPO look addresses up, read the
 * list and add oppositions on the screen; through the API, the web shop's and customer service's tokens (SALES,
 * SUPPORT) may also record and check oppositions: adding one never harms a person.
 */
final class Roles {

    static final String SCREEN = "hasAnyRole('MARKETING','DPO')";
    static final String API = "hasAnyRole('SALES','SUPPORT','MARKETING','DPO')";
    /** The links of a message and the preference centre: whoever holds the link, without an account (PRO-1). */
    static final String PUBLIC = "permitAll()";

    private Roles() {
    }
}
