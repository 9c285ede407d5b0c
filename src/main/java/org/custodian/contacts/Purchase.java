package org.custodian.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.custodian.shared.PersonId;

/**
 * A purchase or a contract of a person (RET, PRO-6) with the facts of the sale that the soft opt-in reads (PRO-2):
 * whether the e-mail address was collected at this sale, whether the person was offered to object then, and whether
 * they did.
 *
 * @param productFamily the code of the product family ({@link ProductFamilies})
 * @param warrantyEnd   when the warranty expires, or null
 * @param contractEnd   when the service contract ends, or null
 */
public record Purchase(
        UUID id,
        PersonId personId,
        LocalDate date,
        String productFamily,
        LocalDate warrantyEnd,
        LocalDate contractEnd,
        boolean emailCollectedAtSale,
        boolean oppositionOffered,
        boolean opposed,
        Instant recordedAt,
        String recordedBy) {
}
