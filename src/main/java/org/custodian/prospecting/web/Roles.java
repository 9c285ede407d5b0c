package org.custodian.prospecting.web;

/**
 * Who may do what with the suppression list. Marketing, who runs campaigns, and the DPO look addresses up, read the
 * list and add oppositions on the screen; through the API, the web shop's and customer service's tokens (SALES,
 * SUPPORT) may also record and check oppositions: adding one never harms a person.
 */
final class Roles {

    static final String SCREEN = "hasAnyRole('MARKETING','DPO')";
    static final String API = "hasAnyRole('SALES','SUPPORT','MARKETING','DPO')";

    private Roles() {
    }
}
