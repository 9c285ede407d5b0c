package org.custodian.rights;

/**
 * Where a request stands. An extension is no status of its own: an extended request is still being handled
 * ({@link RightsRequestView#extendedUntil()}).
 */
public enum RequestStatus {
    /** Received and being handled; its deadline runs. */
    RECEIVED,
    /** Waiting for the person (a proof of identity asked on reasonable doubt, DSR-2); its deadline is paused. */
    WAITING_FOR_PERSON,
    /** Answered (DSR-7). */
    ANSWERED,
    /** Refused, with the reason told to the person (GDPR Art. 12(4)). */
    REFUSED;

    /** Whether the request still has to be answered. */
    public boolean open() {
        return this == RECEIVED || this == WAITING_FOR_PERSON;
    }
}
