package org.custodian.register;

/**
 * The legal bases of Art. 6(1) GDPR that the standards use (000 §4, 001 §4).
 */
public enum LegalBasis {
    /** Art. 6(1)(a). */
    CONSENT,
    /** Art. 6(1)(b): performance of a contract or pre-contractual measures. */
    CONTRACT,
    /** Art. 6(1)(c). */
    LEGAL_OBLIGATION,
    /** Art. 6(1)(f): the right to object applies. */
    LEGITIMATE_INTEREST
}
