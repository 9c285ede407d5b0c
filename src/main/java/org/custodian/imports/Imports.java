package org.custodian.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;
import org.custodian.shared.CsvWriter;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.shared.ThisNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of the customer file (CON-10): upload, column mapping with a preview, then the import in the
 * background, one job at a time, with its progress and its per-row error report.
 *
 * <p>Policy for a file with invalid rows: the valid rows are imported and every invalid row is refused
 * whole (never half-written) and listed in the error report with its row number, field, rule and
 * explanation; the job's summary always says how many rows were imported and how many refused, so
 * nothing is lost silently. A file with a card security code column is refused whole before any row is
 * read (CON-6). A row whose e-mail is known completes that person instead of creating a duplicate (CON-9).
 * The audit log gets one {@code CREATE} entry per job (resource {@code import}), then, under the job's id, one
 * entry per batch for the persons it created and one for its consents, and one entry per person it completed.
 */
@Service
public class Imports implements DisposableBean {

    /** The audit resource type of an import job. */
    public static final String RESOURCE = "import";

    private static final Logger LOG = LoggerFactory.getLogger(Imports.class);

    private final ImportJobRepository jobs;
    private final ImportFiles files;
    private final ImportRunner runner;
    private final ImportProperties properties;
    private final AuditLog audit;
    private final ThisNode node;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor;

    Imports(ImportJobRepository jobs, ImportFiles files, ImportRunner runner, ImportProperties properties,
            AuditLog audit, ThisNode node, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.runner = runner;
        this.node = node;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        // One import at a time: two bulk loads on a 2-core server would only slow each other down.
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("import-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    /**
     * Stores an uploaded file as a draft job, with the mapping guessed from the header's names.
     *
     * @throws ImportRefused when the file is empty, not UTF-8, or has a card security code column (CON-6);
     *                       nothing is kept
     */
    public ImportJobView upload(InputStream content, String fileName, String source, PersonType defaultType,
            Audience defaultAudience, Locale locale) {
        return draft(content, fileName, source, defaultType, defaultAudience, locale, false);
    }

    /**
     * Uploads and starts at once with the mapping guessed from the header's names (the API).
     *
     * @throws ImportRefused when the file is refused, or when no column is recognised as the last name;
     *                       nothing is kept
     */
    public ImportJobView submit(InputStream content, String fileName, String source, PersonType defaultType,
            Audience defaultAudience, Locale locale) {
        var draft = draft(content, fileName, source, defaultType, defaultAudience, locale, true);
        return start(draft.id(), draft.mapping(), draft.defaultType(), draft.defaultAudience());
    }

    private ImportJobView draft(InputStream content, String fileName, String source, PersonType defaultType,
            Audience defaultAudience, Locale locale, boolean needsLastName) {
        var id = UUID.randomUUID();
        try {
            files.store(id, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            var header = CsvFiles.header(() -> files.open(id), properties.maxHeaderBytes(), properties.maxColumns());
            var mapping = guess(header.columns());
            if (needsLastName && !mapping.contains(ImportField.LAST_NAME)) {
                throw new ImportRefused("import.mapping", "import.refused.noLastNameColumn");
            }
            var description = source == null || source.isBlank() ? (fileName == null ? "CSV" : fileName) : source.strip();
            jobs.insert(id, CurrentActor.name(), Instant.now(clock), truncate(fileName, 255), truncate(description, 200),
                    header.delimiter(), header.columns(), mapping, defaultType == null ? PersonType.CUSTOMER : defaultType,
                    defaultAudience == null ? Audience.CONSUMER : defaultAudience,
                    (locale == null ? Locale.FRENCH : locale).getLanguage());
        } catch (RuntimeException refusedOrFailed) {
            // Nothing is kept of a file that did not become a draft.
            files.delete(id);
            throw refusedOrFailed;
        }
        return get(id);
    }

    /**
     * Cancels a draft: its file is deleted and the job closed, so that it can no longer be started.
     *
     * @throws ImportNotFound when there is no such draft (or it was already started)
     */
    public void discard(UUID id) {
        get(id);
        if (!jobs.closeDraft(id, Instant.now(clock), "import.failure.cancelled")) {
            throw new ImportNotFound(id);
        }
        files.delete(id);
        audit.personalData(AuditAction.DELETE, RESOURCE, id.toString(), null);
    }

    /**
     * Deletes what waits for nothing any more: drafts older than {@code custodian.imports.draft-max-age} (closed as
     * abandoned), and files left by a job that ended or never became a draft (an upload refused or stopped by a
     * crash). A file of a job that is queued or running is left to its job.
     *
     * @return how many files were deleted
     */
    int purgeAbandoned() {
        var limit = Instant.now(clock).minus(properties.draftMaxAge());
        for (var id : jobs.draftsBefore(limit)) {
            jobs.closeDraft(id, Instant.now(clock), "import.failure.abandoned");
        }
        return files.deleteLeftOvers(limit);
    }

    /**
     * The first rows of a draft, to check the mapping; audited as a read of the import.
     *
     * @throws ImportNotFound when there is no such draft or its file is gone
     */
    public List<List<String>> preview(UUID id) {
        var job = get(id);
        if (job.state() != ImportState.DRAFT || !files.exists(id)) {
            throw new ImportNotFound(id);
        }
        audit.personalData(AuditAction.READ, RESOURCE, id.toString(), null);
        return CsvFiles.preview(() -> files.open(id), jobs.delimiter(id).orElse(','), properties.previewRows());
    }

    /**
     * Starts a draft with this mapping (one entry per column, null for an ignored column).
     *
     * @throws ImportRefused  when no column is the last name or two columns are the same field
     * @throws ImportNotFound when there is no such draft (or it was already started)
     */
    public ImportJobView start(UUID id, List<ImportField> mapping, PersonType defaultType, Audience defaultAudience) {
        var job = get(id);
        if (job.state() != ImportState.DRAFT || !files.exists(id)) {
            throw new ImportNotFound(id);
        }
        var columns = new ArrayList<ImportField>(job.header().size());
        var seen = EnumSet.noneOf(ImportField.class);
        for (var i = 0; i < job.header().size(); i++) {
            var field = i < mapping.size() ? mapping.get(i) : null;
            if (field != null && !seen.add(field)) {
                throw new ImportRefused("import.mapping", "import.refused.duplicateField", field.key());
            }
            columns.add(field);
        }
        if (!seen.contains(ImportField.LAST_NAME)) {
            throw new ImportRefused("import.mapping", "import.refused.noLastName");
        }
        if (!jobs.queue(id, columns, defaultType == null ? job.defaultType() : defaultType,
                defaultAudience == null ? job.defaultAudience() : defaultAudience, node.id(), Instant.now(clock))) {
            throw new ImportNotFound(id);
        }
        audit.personalData(AuditAction.CREATE, RESOURCE, id.toString(), null);
        var actor = CurrentActor.name();
        executor.execute(new DelegatingSecurityContextRunnable(() -> runner.run(id, actor)));
        return get(id);
    }

    /** One job with its progress. */
    public ImportJobView get(UUID id) {
        return jobs.find(id).orElseThrow(() -> new ImportNotFound(id));
    }

    /** The jobs whose file name, source or author contains the query (all when blank), newest first. */
    public Page<ImportJobView> list(String query, PageRequest page) {
        return jobs.list(query, page);
    }

    /** The error report of a job, in file order. */
    public List<ImportErrorView> errors(UUID id) {
        get(id);
        return jobs.errors(id);
    }

    /** The first errors of a job's report, in file order (what a screen shows while the job runs). */
    public List<ImportErrorView> errors(UUID id, int limit) {
        get(id);
        return jobs.errors(id, limit);
    }

    /**
     * The error report as CSV (row, field, rule, message), separated by semicolons for spreadsheets, written as it
     * is read (in a read-only transaction, where PostgreSQL's driver fetches the rows in slices).
     */
    @Transactional(readOnly = true)
    public void writeErrors(UUID id, Writer out, List<String> headings) {
        get(id);
        try (var csv = CsvWriter.start(out, headings)) {
            jobs.eachError(id, error -> csv.row(error.row(), error.field(), error.rule(), error.message()));
        }
    }

    /**
     * Jobs that a stop of this node interrupted can never resume: they are closed as failed, with their counts, and
     * so are the stale jobs of dead nodes. Another node's running job, whose heartbeat is fresh, is left alone.
     */
    @EventListener(ApplicationReadyEvent.class)
    void closeInterruptedJobs() {
        var now = Instant.now(clock);
        var closed = jobs.failInterrupted(node.id(), now.minus(properties.staleAfter()), now,
                "import.failure.interrupted");
        if (closed > 0) {
            LOG.warn("{} import job(s) interrupted by the last stop of node {} or abandoned by a dead node were "
                    + "marked as failed", closed, node);
        }
        var deleted = purgeAbandoned();
        if (deleted > 0) {
            LOG.info("{} uploaded file(s) of ended or abandoned imports were deleted", deleted);
        }
    }

    /**
     * Fails the jobs of nodes that stopped without a word (a crash, a kill, a lost machine): their heartbeat is older
     * than {@code custodian.imports.stale-after}. Their files are deleted with them.
     *
     * @return how many jobs were failed
     */
    int failStaleJobs() {
        var now = Instant.now(clock);
        var failed = jobs.failStale(now.minus(properties.staleAfter()), now, "import.failure.interrupted");
        if (failed > 0) {
            LOG.warn("{} import job(s) of a node that stopped giving signs of life were marked as failed", failed);
            files.deleteLeftOvers(now.minus(properties.draftMaxAge()));
        }
        return failed;
    }

    /** Renews the heartbeat of this node's queued and running jobs. */
    void beat() {
        jobs.beat(node.id(), Instant.now(clock));
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }

    private static List<ImportField> guess(List<String> header) {
        var mapping = new ArrayList<ImportField>(header.size());
        var seen = EnumSet.noneOf(ImportField.class);
        for (var column : header) {
            var field = ImportField.guess(column).filter(seen::add).orElse(null);
            mapping.add(field);
        }
        return mapping;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
