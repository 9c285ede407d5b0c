package org.custodian.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.custodian.shared.PersonId;

/**
 * A person as the screens and the API show it.
 *
 * @param reviewFlags       what the note is flagged for (CON-5), empty when nothing is
 * @param relationshipEndAt the end of the commercial relationship ({@link CommercialRelationshipEnd}): the latest of
 *                          the last purchase, a warranty end, a contract end and the last contact; null when none
 */
public record PersonView(
        PersonId id,
        String internalCode,
        PersonData data,
        List<ReviewFlag> reviewFlags,
        Instant createdAt,
        Instant updatedAt,
        LocalDate relationshipEndAt) {

    public PersonView {
        reviewFlags = List.copyOf(reviewFlags);
    }

    /** RET-1, PRO-6: the day the person's data was collected. */
    public LocalDate collectedAt() {
        return data.collectedAt();
    }

    /** PRO-6: the day of the last contact from the person, stated or recorded, or null. */
    public LocalDate lastContactAt() {
        return data.lastContactAt();
    }

    /** Civility-free display name: last name in capitals, then first names. */
    public String displayName() {
        var last = data.lastName().toUpperCase(java.util.Locale.FRENCH);
        return data.firstNames() == null ? last : last + " " + data.firstNames();
    }
}
