package org.custodian.register;

/**
 * The DPO's decision on a security measure (SEC-7, 000 §10: adopt, justify an equivalent, or justify not needing it).
 */
public enum MeasureStatus {
    DONE, EQUIVALENT, NOT_APPLICABLE, TO_DO;

    /**
     * Whether the standard asks for a written justification of this status.
     */
    public boolean needsJustification() {
        return this == EQUIVALENT || this == NOT_APPLICABLE;
    }
}
