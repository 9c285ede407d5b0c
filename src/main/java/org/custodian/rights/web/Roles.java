package org.custodian.rights.web;

/**
 * Who may do what with data-subject rights (DSR-3, DSR-4): the DPO, who answers the requests.
 */
final class Roles {

    /** Generating a person's access package or portable data: the DPO only. */
    static final String PACKAGE = "hasRole('DPO')";

    private Roles() {
    }
}
