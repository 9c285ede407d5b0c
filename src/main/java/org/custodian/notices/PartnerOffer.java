package org.custodian.notices;

/**
 * Whether a collection form asks about the transmission of the person's data to partners for their own prospecting
 * (000 §6): their electronic prospecting needs consent, their postal prospecting an opportunity to object.
 */
public enum PartnerOffer {
    NONE, CONSENT, OPPOSITION
}
