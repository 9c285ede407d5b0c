package org.custodian.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * RET-2 — 000 §7: data go to the intermediate archive only «if the data controller has a legal obligation to do so …
 * or if he wishes to constitute evidence in the event of litigation, and within the limit of the applicable limitation
 * period»; 001 §7: «en aucun cas … pour une durée indéfinie». The terms of an archive as the register's rule states them.
 *
 * @param period    how long the archive keeps the data
 * @param condition why it may: {@code LEGAL_OBLIGATION} or {@code EVIDENCE}
 * @param endAction what happens at its end: {@code DELETE} or {@code ANONYMISE}
 */
record ArchiveTerms(Period period, String condition, String endAction) {

    ArchiveTerms {
        PersonRetention.positive(period, "period");
        Objects.requireNonNull(condition, "condition: archiving needs a legal obligation or an evidence need");
        Objects.requireNonNull(endAction, "endAction: an archive ends");
    }

    /** The last day the archive keeps what it received on {@code archivedOn}. */
    LocalDate until(LocalDate archivedOn) {
        return archivedOn.plus(period);
    }
}
