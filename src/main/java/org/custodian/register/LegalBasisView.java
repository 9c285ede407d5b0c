package org.custodian.register;

/**
 * One legal basis of an activity.
 *
 * @param basis     the Art. 6 basis
 * @param condition the case or channel it applies to, as the standard words it; absent when it always applies
 */
public record LegalBasisView(LegalBasis basis, LocalizedText condition) {
}
