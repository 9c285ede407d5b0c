package org.custodian.register;

/**
 * A category of data subjects of an activity (Art. 30(1)(c)): customers, prospects, debtors, guarantors ...
 *
 * @param code     stable code (CUSTOMERS, PROSPECTS, DEBTORS, GUARANTORS, REVIEWERS, APPLICANTS, STAFF)
 * @param label    its name
 * @param indirect whether their data is collected from someone else than them (Art. 14: the source must be named)
 */
public record SubjectView(String code, LocalizedText label, boolean indirect) {
}
