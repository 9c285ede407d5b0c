package org.custodian.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;

/**
 * An import job and its progress.
 *
 * @param id              the job's id
 * @param createdBy       who uploaded the file
 * @param createdAt       when
 * @param state           where it stands
 * @param fileName        the uploaded file's name, when known
 * @param source          where the data comes from, as the user described it
 * @param header          the CSV header, column by column
 * @param mapping         the field each column is imported as, column by column (null: column ignored)
 * @param defaultType     the type of persons whose row has no type column
 * @param defaultAudience the audience of persons whose row has no audience column
 * @param rowsRead        rows read so far
 * @param imported        rows stored so far: persons created, plus rows that completed a person known by its
 *                        e-mail (CON-9)
 * @param updated         of those, the rows that matched a person known by its e-mail (stored before, or created by
 *                        an earlier row of the file) and completed its empty fields rather than creating a duplicate
 * @param refused         rows refused so far (listed in the error report)
 * @param consents        consents recorded so far (without proof)
 * @param startedAt       when the rows started to be read
 * @param finishedAt      when the job finished
 * @param failure         why a failed job stopped: a key of the {@code imports} message bundle
 */
public record ImportJobView(UUID id, String createdBy, Instant createdAt, ImportState state, String fileName,
        String source, List<String> header, List<ImportField> mapping, PersonType defaultType,
        Audience defaultAudience, long rowsRead, long imported, long updated, long refused, long consents, Instant startedAt,
        Instant finishedAt, String failure) {

    public ImportJobView {
        header = List.copyOf(header);
        // null entries stand for ignored columns, which List.copyOf refuses
        mapping = mapping == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(mapping));
    }

    /** Rows that created a new person. */
    public long created() {
        return imported - updated;
    }

    /** The header of the columns that are not imported. */
    public List<String> ignoredColumns() {
        var ignored = new ArrayList<String>();
        for (var i = 0; i < header.size(); i++) {
            if (i >= mapping.size() || mapping.get(i) == null) {
                ignored.add(header.get(i));
            }
        }
        return ignored;
    }
}
