package org.custodian.register;

/**
 * The Chapter V GDPR ground of a transfer outside the EU (REG-4, 000 §6).
 */
public enum TransferMechanism {
    /** Art. 45 adequacy decision. */
    ADEQUACY,
    /** Art. 46(2)(c) standard data protection clauses. */
    STANDARD_CLAUSES,
    /** Art. 47 binding corporate rules. */
    BCR,
    /** Art. 49 derogation for specific situations. */
    ART49_DEROGATION
}
