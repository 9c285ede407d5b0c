package org.custodian.retention.web;

/**
 * Who may do what with retention (RET-2, RET-3). The DPO answers for the retention periods: the forecast, the sweeps
 * and their reports. The intermediate archive is read by the ARCHIVIST and the DPO only, with a reason each time.
 */
final class Roles {

    static final String SWEEPS = "hasRole('DPO')";
    static final String ARCHIVE = "hasAnyRole('ARCHIVIST','DPO')";

    private Roles() {
    }
}
