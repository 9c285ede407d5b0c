package org.custodian.contacts;

import java.util.UUID;

import org.custodian.shared.PersonId;

/**
 * A purchase of a person was recorded (PRO-2): the consent module records from it the soft opt-in evidence of the
 * sale, reading the facts through {@link Purchases#find(UUID, String)}. Ids only: no personal data in the event
 * publication table.
 */
public record PurchaseRecorded(UUID purchaseId, PersonId personId) {
}
