package org.custodian.contacts;

/** CON-1: a private individual or someone reached in a professional capacity (B2B). */
public enum Audience {
    CONSUMER, PROFESSIONAL
}
