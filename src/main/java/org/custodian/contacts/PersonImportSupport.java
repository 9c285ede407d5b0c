package org.custodian.contacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.Violation;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * What the CSV import ({@code org.custodian.imports}) needs to write persons in bulk with the rules of
 * {@link Persons}: the same checks (CON-1, CON-2, CON-5), the same generated internal codes and derived keys,
 * every person created or completed showing it in its history, and a person found by e-mail completed rather
 * than duplicated (CON-9, see {@link DuplicatePolicy} for what an import may change). Not meant for other modules: they
 * create and update persons one by one through {@link Persons}.
 *
 * <p>The checks ({@link #check}, {@link #row}) are pure and may run on a reading thread while the previous
 * batch is written ({@link #write}, in the caller's transaction).
 */
@Component
@NamedInterface("bulk")
public class PersonImportSupport {

    private final InternalCodes codes;
    private final TimeOrderedIds ids;
    private final FreeTextGuard freeText;
    private final PersonBulkWriter writer;
    private final AuditLog audit;
    private final Clock clock;

    PersonImportSupport(InternalCodes codes, TimeOrderedIds ids, FreeTextGuard freeText, PersonBulkWriter writer,
            AuditLog audit, Clock clock) {
        this.codes = codes;
        this.ids = ids;
        this.freeText = freeText;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks one person's data with the rules of the forms.
     *
     * @return the normalised data, its violations (empty when it may be stored) and the note's review flags
     */
    public Checked check(PersonData data) {
        // a row without a collection column was collected, as far as the file tells, the day it is imported
        var clean = Persons.collectedByDefaultToday(data.normalised(), LocalDate.now(clock));
        var review = freeText.review(clean);
        return new Checked(clean, PersonRules.check(clean, LocalDate.now(clock), review), review.flags());
    }

    /**
     * A valid row ready to be written: a new time-ordered id, a random internal code (made unique when it is
     * written) and the derived keys.
     */
    public Row row(Checked checked) {
        if (!checked.violations().isEmpty()) {
            throw new IllegalArgumentException("A refused row cannot be written: " + checked.violations());
        }
        return row(ids.next(), codes.candidate(), checked.data(), checked.flags());
    }

    /**
     * Writes one batch of rows in the caller's transaction. A row whose e-mail (case ignored) belongs to a
     * stored person, or to an earlier row of the batch, completes that person instead of creating one; the
     * completed data must still pass the rules, otherwise the row is refused and changes nothing. Audited
     * with one entry for the persons the batch created (their count and id range) and one entry per
     * person it completed. On PostgreSQL the transaction commits without waiting for the disk (see
     * {@code PersonBulkWriter#commitWithoutWaitingForDisk}).
     *
     * @return what became of each row, in the rows' order
     */
    public List<Outcome> write(List<Row> rows, ImportBatch batch) {
        writer.commitWithoutWaitingForDisk();
        var keys = new LinkedHashSet<String>();
        rows.forEach(row -> {
            if (row.emailKey() != null) {
                keys.add(row.emailKey());
            }
        });
        var stored = writer.findByEmailKeys(keys);
        var targets = new HashMap<String, Target>();
        var created = new ArrayList<Target>();
        var matched = new LinkedHashSet<Target>();
        var outcomes = new ArrayList<Outcome>(rows.size());
        var today = LocalDate.now(clock);
        for (var row : rows) {
            var key = row.emailKey();
            var target = key == null ? null : targets.computeIfAbsent(key, found -> {
                var person = stored.get(found);
                return person == null ? null : Target.stored(person);
            });
            if (target == null) {
                target = Target.created(row);
                created.add(target);
                if (key != null) {
                    targets.put(key, target);
                }
                outcomes.add(new Outcome(Result.CREATED, row.id(), List.of()));
                continue;
            }
            if (!target.isNew()) {
                matched.add(target);
            }
            var merged = DuplicatePolicy.complete(target.data, row.data());
            if (!merged.equals(target.data)) {
                var review = freeText.review(merged);
                var added = addedViolations(target.data, merged, review, today);
                if (!added.isEmpty()) {
                    outcomes.add(new Outcome(Result.REFUSED, target.id, added));
                    continue;
                }
                target.complete(merged, review.flags());
            }
            outcomes.add(new Outcome(Result.UPDATED, target.id, List.of()));
        }
        var newRows = created.stream().map(target -> target.changed
                ? row(target.id, target.row.internalCode(), target.data, target.flags) : target.row).toList();
        writer.create(newRows, batch);
        var completed = matched.stream().filter(target -> target.changed).toList();
        writer.update(completed.stream().map(target -> new PersonBulkWriter.Update(target.id, target.original,
                target.data, row(target.id, target.code, target.data, target.flags))).toList(), batch);
        auditBatch(newRows, matched.size(), completed, batch);
        return outcomes;
    }

    private void auditBatch(List<Row> created, int matched, List<Target> completed, ImportBatch batch) {
        var job = batch.importJob().toString();
        if (!created.isEmpty() || matched > 0) {
            var detail = new StringBuilder("Import ").append(job).append(": ").append(created.size())
                    .append(" person(s) created");
            if (!created.isEmpty()) {
                // Ids are drawn in increasing order: the batch's persons lie in this range.
                detail.append(", ids ").append(created.get(0).id()).append(" to ")
                        .append(created.get(created.size() - 1).id());
            }
            detail.append("; ").append(matched).append(" known person(s) matched by e-mail, ")
                    .append(completed.size()).append(" of them completed (one entry each)");
            audit.personalData(AuditAction.CREATE, Persons.RESOURCE, job, null, detail.toString());
        }
        for (var target : completed) {
            audit.personalData(AuditAction.UPDATE, Persons.RESOURCE, target.id.toString(), null, "Import " + job);
        }
    }

    /** The rules the completed data breaks that the data before did not (a stored person may predate a rule). */
    private List<Violation> addedViolations(PersonData before, PersonData after, FreeTextReview review,
            LocalDate today) {
        var known = new HashSet<String>();
        for (var violation : PersonRules.check(before, today, freeText.review(before))) {
            known.add(violation.field() + "/" + violation.rule());
        }
        return PersonRules.check(after, today, review).stream()
                .filter(violation -> !known.contains(violation.field() + "/" + violation.rule()))
                .toList();
    }

    static Row row(UUID id, String code, PersonData data, List<ReviewFlag> flags) {
        var phoneDigits = DuplicatePolicy.phoneKey(data.phone());
        var searchText = PersonRepository.searchText(data, code);
        var sortName = PersonRepository.sortName(data);
        var emailKey = DuplicatePolicy.emailKey(data.email());
        return new Row(id, code, data, phoneDigits, searchText, sortName, emailKey, flags,
                PersonBulkWriter.copyText(id, code, data, phoneDigits, searchText, sortName, emailKey));
    }

    /** A person a batch creates or completes, and what the batch made of it. */
    private static final class Target {

        final UUID id;
        final String code;
        final PersonData original;
        final Row row;
        PersonData data;
        List<ReviewFlag> flags;
        boolean changed;

        private Target(UUID id, String code, PersonData original, Row row, List<ReviewFlag> flags) {
            this.id = id;
            this.code = code;
            this.original = original;
            this.row = row;
            this.data = original;
            this.flags = flags;
        }

        static Target created(Row row) {
            return new Target(row.id(), row.internalCode(), row.data(), row, row.flags());
        }

        static Target stored(PersonView person) {
            return new Target(person.id().value(), person.internalCode(), person.data(), null, List.of());
        }

        boolean isNew() {
            return row != null;
        }

        void complete(PersonData merged, List<ReviewFlag> mergedFlags) {
            data = merged;
            flags = mergedFlags;
            changed = true;
        }
    }

    /**
     * One row's data after the checks.
     *
     * @param data       the normalised data
     * @param violations every rule broken, field by field; empty when the row may be stored
     * @param flags      the note's review flags (CON-5), stored with the person
     */
    public record Checked(PersonData data, List<Violation> violations, List<ReviewFlag> flags) {

        public Checked {
            violations = List.copyOf(violations);
            flags = List.copyOf(flags);
        }
    }

    /**
     * A person as the {@code person} table stores it.
     *
     * @param id           the new person's id
     * @param internalCode the generated internal code (CON-2)
     * @param data         the normalised, checked data
     * @param phoneDigits  the phone's national-format digits (search key), or null
     * @param searchText   the search key
     * @param sortName     the sort key
     * @param emailKey     the lower-cased e-mail that matches a stored person (CON-9), or null
     * @param flags        the note's review flags
     * @param copyText     the row as PostgreSQL's binary COPY reads it, made where the row is made (the reading
     *                     thread)
     */
    public record Row(UUID id, String internalCode, PersonData data, String phoneDigits, String searchText,
            String sortName, String emailKey, List<ReviewFlag> flags, byte[] copyText) {

        public Row {
            flags = List.copyOf(flags);
        }
    }

    /**
     * The batch of an import job being written.
     *
     * @param importJob the job, named in the persons' history ({@code import/<id>}) and in the audit entries
     * @param actor     who started the import
     * @param at        when the batch is written
     */
    public record ImportBatch(UUID importJob, String actor, Instant at) {

        String origin() {
            return "import/" + importJob;
        }
    }

    /** What became of one row. */
    public enum Result {
        /** A new person. */
        CREATED,
        /** The row matched a person by e-mail (stored, or created by an earlier row) and completed its empty fields. */
        UPDATED,
        /** Completed with this row, the matched person would break a rule: nothing was written. */
        REFUSED
    }

    /**
     * What became of one row.
     *
     * @param result     created, updated or refused
     * @param personId   the person created or matched
     * @param violations why a matched person could not be completed (empty unless refused)
     */
    public record Outcome(Result result, UUID personId, List<Violation> violations) {

        public Outcome {
            violations = List.copyOf(violations);
        }
    }
}
