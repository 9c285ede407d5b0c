package org.custodian.rights;

/**
 * How sure a candidate is to be the requester (DSR-1), shown to the DPO, who decides: an e-mail address the person
 * receives is high; a phone number (a household may share it) or a full name with the postcode is medium; a name
 * alone (namesakes) is low; none for a person chosen by staff without any data of the request pointing to them.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW, NONE
}
