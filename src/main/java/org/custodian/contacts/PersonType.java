package org.custodian.contacts;

/** CON-1: where the person stands in the commercial relationship. */
public enum PersonType {
    PROSPECT, CUSTOMER
}
