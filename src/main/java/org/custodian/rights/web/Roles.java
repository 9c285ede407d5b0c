package org.custodian.rights.web;

/**
 * Who may do what with the rights requests (DSR-1). The DPO handles them: the list, the requester's candidates in
 * the file, the extension, the identity check. Customer service, who takes the calls and opens the letters, records
 * a request as it arrives (a web shop's token too, through the API), and then hands it over: it does not read the
 * requests back. DSR-3, DSR-4: the DPO alone generates a person's access package or portable data.
 */
final class Roles {

    static final String HANDLE = "hasRole('DPO')";
    static final String RECORD = "hasAnyRole('DPO','SUPPORT')";

    /** Generating a person's access package or portable data: the DPO only. */
    static final String PACKAGE = "hasRole('DPO')";

    private Roles() {
    }
}
