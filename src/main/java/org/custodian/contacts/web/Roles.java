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

    /**
     * Product families (PRO-2): every staff member who records a purchase or prepares a campaign reads the list, and
     * the administrator who maintains it; the DPO reads everything.
     */
    static final String FAMILIES_READ = "hasAnyRole('SALES','SUPPORT','MARKETING','DPO','ADMIN')";
    /** Product families: marketing, who names them in campaigns, and the administrator maintain the list. */
    static final String FAMILIES_WRITE = "hasAnyRole('MARKETING','ADMIN')";
    /** The families screen: those who maintain the list, and the DPO who reads it. */
    static final String FAMILIES_SCREEN = "hasAnyRole('MARKETING','ADMIN','DPO')";
    /** The generic company addresses list: read by marketing and the DPO, kept by the administrator. */
    static final String GENERIC_READ = "hasAnyRole('MARKETING','ADMIN','DPO')";
    static final String GENERIC_WRITE = "hasRole('ADMIN')";

    /**
     * Restricting the processing of a person's data and lifting it (DSR-5): the DPO, who decides on the person's
     * request; every reader of the file sees that it is in force.
     */
    static final String RESTRICT = "hasRole('DPO')";

    private Roles() {
    }
}
