package org.custodian.consent.web;

/**
 * Who may do what with consents. Reading follows the customer file's read roles; recording or withdrawing
 * a consent, and collecting one through the API (which may create the prospect), are the customer file's
 * write roles: customer service and sales, and the web shop's token holding one of them. Marketing reads
 * consents but does not record them, so that nobody who runs campaigns can create the consents they need.
 */
final class Roles {

    static final String READ = "hasAnyRole('SALES','SUPPORT','MARKETING','ACCOUNTING','DPO')";
    static final String WRITE = "hasAnyRole('SALES','SUPPORT')";

    private Roles() {
    }
}
