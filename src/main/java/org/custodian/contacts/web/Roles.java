package org.custodian.contacts.web;

/**
 * Who may do what with the customer file (least privilege: the administrator runs the application but
 * has no business reading the customers).
 */
final class Roles {

    static final String READ = "hasAnyRole('SALES','SUPPORT','MARKETING','ACCOUNTING','DPO')";
    static final String WRITE = "hasAnyRole('SALES','SUPPORT')";
    static final String DELETE = "hasRole('DPO')";
    /**
     * Exporting a selection of the file (CON-1): sales and marketing, who prospect and mail from lists, and the DPO,
     * who answers for what leaves the file; the others read one person at a time.
     */
    static final String EXPORT = "hasAnyRole('SALES','MARKETING','DPO')";
    /** Redacting the change history (CON-2, CON-5): the DPO, who answers for what the file keeps. */
    static final String REDACT = "hasRole('DPO')";
    /**
     * Sensitive data (CON-4): customer service, who answers the person, and the DPO, who handles withdrawals; the
     * other readers of the customer file have no need for it.
     */
    static final String SENSITIVE = "hasAnyRole('SUPPORT','DPO')";

    private Roles() {
    }
}
