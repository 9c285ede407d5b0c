package org.custodian.retention.web;

/**
 * Who may do what with the legal holds (RET-5): the DPO, who answers for what the file keeps, places and releases
 * them; the archivist, who keeps the intermediate archive, reads them with the DPO.
 */
final class LegalHoldRoles {

    static final String READ = "hasAnyRole('DPO','ARCHIVIST')";
    static final String PLACE = "hasRole('DPO')";

    private LegalHoldRoles() {
    }
}
