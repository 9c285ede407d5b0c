package org.custodian.consent;

/**
 * What a ledger record says.
 */
public enum ConsentEvent {
    /** The person consented. */
    GIVEN,
    /** The person withdrew a consent. */
    WITHDRAWN,
    /**
     * The person objected to a processing that rests on legitimate interest (postal or phone prospecting,
     * transmission to partners): there was nothing to consent to, only a right to refuse (Art. 21, 000 §4).
     */
    OBJECTED
}
