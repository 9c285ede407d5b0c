package org.custodian.register;

/**
 * The stipulations Art. 28(3) GDPR requires in a processor's contract (REG-4, 000 §6, 001 §6).
 */
public enum Art28Clause {
    /** (a) processes only on documented instructions. */
    DOCUMENTED_INSTRUCTIONS,
    /** (b) persons authorised are bound by confidentiality. */
    CONFIDENTIALITY,
    /** (c) takes the Art. 32 security measures. */
    SECURITY,
    /** (d) engages another processor only with authorisation, on the same terms. */
    SUB_PROCESSORS,
    /** (e) assists with data subjects' rights. */
    ASSIST_RIGHTS,
    /** (f) assists with Art. 32-36 obligations (security, breaches, DPIA). */
    ASSIST_COMPLIANCE,
    /** (g) deletes or returns the data at the end of the service. */
    DELETE_OR_RETURN,
    /** (h) makes information available and allows audits. */
    AUDITS
}
