package org.custodian.consent;

/**
 * How a consent was collected, which decides what it proves.
 */
public enum ProofKind {
    /** Ticked by the person on a Custodian collection form. */
    FORM,
    /** Sent by the company's web shop through the API, with the text shown and the visitor's details. */
    API,
    /** Recorded by staff, who state in the source how the person gave it (letter, call, counter). */
    STAFF,
    /**
     * Brought in by a file import without proof: kept for the record, never usable for electronic
     * prospecting (CON-10).
     */
    IMPORT_WITHOUT_PROOF
}
