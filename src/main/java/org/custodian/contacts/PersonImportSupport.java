package org.custodian.contacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the CSV import ({@code org.custodian.imports}) needs to write persons in bulk exactly as
 * {@link Persons#create(PersonData)} would: the same rules (CON-1, CON-2, CON-5), the same generated
 * internal codes and the same derived search and sort keys. Not meant for other modules: they create
 * persons one by one through {@link Persons}.
 */
@Component
public class PersonImportSupport {

    private final InternalCodes codes;
    private final FreeTextGuard freeText;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonBulkWriter writer;

    PersonImportSupport(InternalCodes codes, FreeTextGuard freeText, JdbcClient jdbc, Clock clock,
            PersonBulkWriter writer) {
        this.codes = codes;
        this.freeText = freeText;
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = writer;
    }

    /**
     * Writes checked rows in one go (COPY on PostgreSQL, batched inserts elsewhere), with their creation
     * in each person's history, inside the caller's transaction.
     */
    public void write(List<Row> rows, Instant at, String actor) {
        writer.write(rows, at, actor);
    }

    /**
     * Checks one person's data with the rules of the forms.
     *
     * @return the normalised data, its violations (empty when it may be stored) and the note's review flags
     */
    public Checked check(PersonData data) {
        var clean = data.normalised();
        var review = freeText.review(clean.notes());
        return new Checked(clean, PersonRules.check(clean, LocalDate.now(clock), review), review.flags());
    }

    /**
     * A person row ready to be written: a new id and a random internal code (to be checked against the
     * stored codes with {@link #storedCodes(Collection)}), and the derived keys.
     */
    public Row row(Checked checked) {
        if (!checked.violations().isEmpty()) {
            throw new IllegalArgumentException("A refused row cannot be written: " + checked.violations());
        }
        return row(UUID.randomUUID(), codes.candidate(), checked.data(), checked.flags());
    }

    /** The same row with another internal code, when its first one is already taken. */
    public Row withNewCode(Row row) {
        return row(row.id(), codes.candidate(), row.data(), row.flags());
    }

    /** Which of these internal codes are already stored (one query for a whole batch). */
    public Set<String> storedCodes(Collection<String> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT internal_code FROM person WHERE internal_code IN (:codes)")
                .param("codes", candidates)
                .query(String.class).list());
    }

    private static Row row(UUID id, String code, PersonData data, List<ReviewFlag> flags) {
        return new Row(id, code, data, data.phone() == null ? null : PersonRepository.nationalDigits(data.phone()),
                PersonRepository.searchText(data, code), PersonRepository.sortName(data), flags);
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
     * @param flags        the note's review flags
     */
    public record Row(UUID id, String internalCode, PersonData data, String phoneDigits, String searchText,
            String sortName, List<ReviewFlag> flags) {

        public Row {
            flags = List.copyOf(flags);
        }
    }
}
