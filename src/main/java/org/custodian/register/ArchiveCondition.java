package org.custodian.register;

/**
 * Why data may go to the intermediate archive instead of being deleted (RET-2; 000 §7, 001 §7): a legal obligation
 * (accounting, tax) or evidence in case of litigation. Without one of them the data is deleted.
 */
public enum ArchiveCondition {
    LEGAL_OBLIGATION, EVIDENCE
}
