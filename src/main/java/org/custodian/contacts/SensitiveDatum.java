package org.custodian.contacts;

import java.time.Instant;
import java.util.UUID;

import org.custodian.shared.PersonId;

/**
 * One sensitive datum of a person (CON-4), decrypted, with the proof of the consent it is kept under.
 *
 * @param label      the question it answers, e.g. the form's field label (may be null)
 * @param value      the decrypted value; null when it cannot be decrypted (sealed with another key, or altered in the
 *                   database) — the cause is logged, and the datum can still be erased
 * @param recordedBy who recorded it: a user, {@code api:<token>}, or {@code public} for a visitor's form
 */
public record SensitiveDatum(UUID id, PersonId personId, SensitiveCategory category, String label, String value,
        Instant recordedAt, String recordedBy, SensitiveConsent consent) {
}
