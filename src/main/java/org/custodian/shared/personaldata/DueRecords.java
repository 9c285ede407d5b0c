package org.custodian.shared.personaldata;

import java.time.LocalDate;

/**
 * A retention rule of the register that a module applies to its own records (RET-1, RET-3): what of its data is due
 * on a day under the rule, and the action on a batch of it. The retention sweep calls every implementation, batch
 * after batch, each batch in the sweep's own transaction, until nothing is due; the forecast counts what will be due
 * on a later day. A record acted on is no longer due, so that a batch replayed after a crash acts on nothing twice.
 */
public interface DueRecords {

    /** The register's rule, as {@code ACTIVITY/position}. */
    String rule();

    /** The module that holds the records, as its personal-data holder names its section. */
    String module();

    /** What the rule does at its end: {@code DELETE} or {@code ANONYMISE}. */
    String action();

    /** How many records are due on the day, those kept by a hold left out. */
    long countDue(LocalDate day, RetentionHolds holds);

    /**
     * Acts on at most {@code limit} records due on the day, in the caller's transaction.
     *
     * @return how many records were acted on; 0 once nothing is due
     */
    int applyDue(LocalDate day, int limit, RetentionHolds holds);

    /**
     * The legal holds the retention module keeps, as SQL conditions for the set-based reads of the modules (RET-5):
     * each is true when no hold in force on the sweep's day — the named parameter {@code :today} — names the record.
     */
    interface RetentionHolds {

        /** The condition over an expression of a person's id. */
        String notHeldPerson(String personIdExpression);

        /** The condition over an expression of a rights request's id. */
        String notHeldRequest(String requestIdExpression);
    }
}
