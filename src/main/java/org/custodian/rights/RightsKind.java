package org.custodian.rights;

/** The right a person exercises (DSR-1; DSR-8 for the human review of an automated decision). */
public enum RightsKind {
    ACCESS, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION, PORTABILITY, WITHDRAWAL, HUMAN_REVIEW
}
