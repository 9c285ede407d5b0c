package org.custodian.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A former customer as the intermediate archive keeps them (RET-2), for the ARCHIVIST and the DPO.
 *
 * @param personId       the id they had in the active base
 * @param internalCode   their internal code
 * @param name           their name
 * @param email          their e-mail address, or null
 * @param phone          their phone, or null
 * @param address        their postal address, or null
 * @param company        their company, or null
 * @param accountingCode their accounting code, or null
 * @param rule           the register's rule that archived them
 * @param reason         why the archive keeps them: {@code LEGAL_OBLIGATION} or {@code EVIDENCE}
 * @param archivedAt     when they were archived
 * @param archivedUntil  the last day the archive keeps them
 * @param purchases      their purchases and contracts (empty in a list)
 */
public record ArchivedPersonView(UUID personId, String internalCode, String name, String email, String phone,
        String address, String company, String accountingCode, String rule, String reason, Instant archivedAt,
        LocalDate archivedUntil, List<Purchase> purchases) {

    public ArchivedPersonView {
        purchases = List.copyOf(purchases);
    }

    /**
     * An archived purchase or contract.
     *
     * @param purchasedOn   the day of the sale
     * @param productFamily the product family's name
     * @param warrantyEnd   the end of the warranty, or null
     * @param contractEnd   the end of the service contract, or null
     */
    public record Purchase(LocalDate purchasedOn, String productFamily, LocalDate warrantyEnd, LocalDate contractEnd) {
    }
}
