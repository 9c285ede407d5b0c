package org.custodian.consent;

/**
 * What a ledger record says.
 */
public enum ConsentEvent {
    GIVEN, WITHDRAWN
}
