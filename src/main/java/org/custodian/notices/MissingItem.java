package org.custodian.notices;

/**
 * Something the privacy notice lacks (INF-1): the notice cannot be published until it is fixed.
 *
 * @param code    CONTROLLER_NAME, CONTROLLER_ADDRESS, DPO_CONTACT, RIGHTS_ADDRESS, PURPOSE_WITHOUT_BASIS,
 *                PURPOSE_WITHOUT_RETENTION, RETENTION_TO_BE_SET, PURPOSE_WITHOUT_RECIPIENTS, NO_PURPOSE
 * @param subject the code of the activity concerned, or null for the organisation
 * @param fixAt   the staff screen where it is fixed
 */
public record MissingItem(String code, String subject, String fixAt) {
}
