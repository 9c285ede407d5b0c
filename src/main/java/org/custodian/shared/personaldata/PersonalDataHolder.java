package org.custodian.shared.personaldata;

import java.util.List;

import org.custodian.shared.PersonId;

/**
 * What one module holds about persons, and how it exports and erases it (DSR-3, DSR-5, RET-2). Every module that
 * stores personal data registers one implementation as a bean; access requests and erasures use them all, so a new
 * module cannot be forgotten.
 */
public interface PersonalDataHolder {

    /**
     * The name of this part of the file in exports and erasure reports, e.g. {@code consent}.
     */
    String section();

    /**
     * The tables this holder answers for, with their data categories, register activity and retention rule; no
     * values.
     */
    List<HeldData> inventory();

    /**
     * Everything this module holds about the person, as typed records ready to be written as JSON; an empty
     * export when it holds nothing about them.
     */
    SubjectExport export(PersonId person);

    /**
     * Erases what this module holds about the person, in its own transaction. Idempotent: a second call (a replay
     * after a crash) erases nothing more and reports zero erased and zero anonymised.
     */
    ErasureResult erase(PersonId person, ErasureMode mode);

    /**
     * Erases what this module holds about every person of a batch — the retention sweep's erasure (RET-3) — in the
     * caller's transaction, which holds the whole batch: one commit per batch, not per person. The outcome for each
     * person is that of {@link #erase}, which this default runs person by person (called on the holder itself, so that
     * it joins the caller's transaction); a holder overrides it with one statement per table, since the sweep erases
     * up to a million persons and a statement per person is what makes it slow. Idempotent.
     *
     * @return the sum of what was erased and anonymised; what is kept is said by {@link #erase} and the inventory
     */
    default ErasureResult eraseAll(List<PersonId> persons, ErasureMode mode) {
        var erased = 0;
        var anonymised = 0;
        for (var person : persons) {
            var result = erase(person, mode);
            erased += result.erased();
            anonymised += result.anonymised();
        }
        return new ErasureResult(section(), erased, anonymised, List.of());
    }

    /**
     * Whether this holder must run after every other one: the contacts module holds the e-mail address and phone
     * number through which the others find their rows, so it erases last.
     */
    default boolean erasesLast() {
        return false;
    }
}
