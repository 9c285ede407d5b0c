package org.custodian.register;

/**
 * The event the archive period runs from (RET-2): the day the data is archived, or the close of the financial year
 * it belongs to (accounting records: "10 years after the close of the financial year", art. L. 123-22 Code de
 * commerce).
 */
public enum ArchiveTrigger {
    ARCHIVING, END_OF_FINANCIAL_YEAR
}
