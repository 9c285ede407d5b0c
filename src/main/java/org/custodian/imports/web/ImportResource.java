package org.custodian.imports.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodian.imports.ImportErrorView;
import org.custodian.imports.ImportJobView;
import org.custodian.imports.ImportState;
import org.springframework.context.MessageSource;

/**
 * An import job as the API shows it: progress, counts and the error report.
 *
 * @param id             the job's id
 * @param state          QUEUED, RUNNING, DONE or FAILED
 * @param createdBy      who started it
 * @param createdAt      when
 * @param fileName       the uploaded file's name, when known
 * @param source         where the data comes from
 * @param columns        each CSV column and the field it is imported as (null: ignored)
 * @param rowsRead       rows read so far
 * @param imported       rows stored so far (created plus updated)
 * @param created        rows that created a new person
 * @param updated        rows that matched a person by e-mail and completed its empty fields (CON-9)
 * @param refused        rows refused so far
 * @param consents       consents recorded without proof so far
 * @param finishedAt     when the job finished
 * @param failure        why a failed job stopped
 * @param errors         the error report so far: one line per rule broken, several per row possible
 */
record ImportResource(UUID id, ImportState state, String createdBy, Instant createdAt, String fileName, String source,
        List<Column> columns, long rowsRead, long imported, long created, long updated, long refused, long consents, Instant finishedAt,
        String failure, List<ImportErrorView> errors) {

    /** One CSV column and what it becomes. */
    record Column(String name, String field) {
    }

    static ImportResource of(ImportJobView job, List<ImportErrorView> errors, MessageSource messages, Locale locale) {
        var columns = new ArrayList<Column>();
        for (var i = 0; i < job.header().size(); i++) {
            var field = i < job.mapping().size() ? job.mapping().get(i) : null;
            columns.add(new Column(job.header().get(i), field == null ? null : field.key()));
        }
        return new ImportResource(job.id(), job.state(), job.createdBy(), job.createdAt(), job.fileName(), job.source(),
                columns, job.rowsRead(), job.imported(), job.created(), job.updated(), job.refused(), job.consents(), job.finishedAt(),
                job.failure() == null ? null : messages.getMessage(job.failure(), null, job.failure(), locale), errors);
    }
}
