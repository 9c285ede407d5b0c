package org.custodian.notices;

/**
 * What ticking a box of a collection form means (INF-2).
 */
public enum BoxKind {
    /** The person consents: for a purpose whose legal basis is consent, such as e-mail prospecting of consumers. */
    CONSENT,
    /** The person objects: for a purpose resting on legitimate interest, such as postal prospecting. */
    OPPOSITION
}
