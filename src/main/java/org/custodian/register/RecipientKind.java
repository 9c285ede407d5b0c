package org.custodian.register;

/**
 * The kinds of recipients the standards name (000 §6, 001 §6).
 */
public enum RecipientKind {
    INTERNAL_SERVICE, CONTROL_AUTHORITY, PROCESSOR, THIRD_PARTY, PARTNER
}
