package org.custodian.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentSubmission;
import org.custodian.consent.ProofKind;
import org.custodian.contacts.PersonImportSupport;
import org.custodian.contacts.PersonImportSupport.Row;
import org.custodian.register.ProcessingRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job (CON-10): reads the file batch by batch; every row is checked with the rules of the
 * forms; the valid rows of a batch, their consents, the refused rows' errors and the job's counts are
 * committed together, so a batch is never half-applied and the counts always match what is stored.
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobRepository jobs;
    private final PersonImportSupport persons;
    private final ConsentLedger ledger;
    private final ProcessingRegister register;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final ImportProperties properties;
    private final Clock clock;

    ImportRunner(ImportJobRepository jobs, PersonImportSupport persons, ConsentLedger ledger,
            ProcessingRegister register, MessageSource messages, PlatformTransactionManager transactions,
            ImportProperties properties, Clock clock) {
        this.jobs = jobs;
        this.persons = persons;
        this.ledger = ledger;
        this.register = register;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs the job to its end; never throws: a failure is recorded on the job. */
    void run(UUID id, Path file, String actor) {
        var job = jobs.find(id).orElseThrow(() -> new ImportNotFound(id));
        var locale = Locale.forLanguageTag(jobs.locale(id).orElse("fr"));
        jobs.running(id, Instant.now(clock));
        var purposes = register.activities().stream().map(activity -> activity.code())
                .collect(Collectors.toUnmodifiableSet());
        var converter = new RowConverter(job.mapping(), job.defaultType(), job.defaultAudience(), purposes,
                LocalDate.now(clock));
        var batch = new Batch(id, job.source(), locale, actor);
        try (var parser = CsvFiles.records(file, jobs.delimiter(id).orElse(','))) {
            var records = new ArrayList<CSVRecord>(properties.batchSize());
            for (var record : parser) {
                records.add(record);
                if (records.size() == properties.batchSize()) {
                    batch.write(records, converter);
                    records.clear();
                }
            }
            batch.write(records, converter);
            jobs.finish(id, ImportState.DONE, Instant.now(clock), null);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Import {} stopped: unreadable file", id, e);
            jobs.finish(id, ImportState.FAILED, Instant.now(clock),
                    "import.failure.unreadable");
        } catch (RuntimeException e) {
            LOG.error("Import {} stopped", id, e);
            jobs.finish(id, ImportState.FAILED, Instant.now(clock),
                    "import.failure.database");
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the imported file {}", file, e);
        }
    }

    /** The rows of one transaction and what they became. */
    private final class Batch {

        private final UUID id;
        private final String source;
        private final Locale locale;
        private final String actor;
        private int errorSeq;

        Batch(UUID id, String source, Locale locale, String actor) {
            this.id = id;
            this.source = source;
            this.locale = locale;
            this.actor = actor;
        }

        void write(List<CSVRecord> records, RowConverter converter) {
            if (records.isEmpty()) {
                return;
            }
            var rows = new ArrayList<Row>(records.size());
            var consents = new ArrayList<ConsentRow>();
            var errors = new ArrayList<ImportErrorView>();
            var refused = 0;
            for (var record : records) {
                var number = record.getRecordNumber();
                var converted = converter.convert(record);
                var checked = persons.check(converted.data());
                var rowErrors = new ArrayList<ImportErrorView>();
                var unreadable = new HashSet<String>();
                for (var problem : converted.problems()) {
                    unreadable.add(problem.field());
                    rowErrors.add(new ImportErrorView(number, problem.field(), problem.rule(),
                            message(problem.messageKey(), problem.arguments())));
                }
                for (var violation : checked.violations()) {
                    if (!unreadable.contains(violation.field())) {
                        rowErrors.add(new ImportErrorView(number, violation.field(), violation.rule(),
                                message(violation.messageKey(), violation.arguments())));
                    }
                }
                if (rowErrors.isEmpty()) {
                    var row = persons.row(checked);
                    rows.add(row);
                    if (converted.consent() != null) {
                        consents.add(new ConsentRow(row.id(), converted.consent()));
                    }
                } else {
                    refused++;
                    errors.addAll(rowErrors);
                }
            }
            var unique = withUniqueCodes(rows);
            var refusedRows = refused;
            var firstSeq = errorSeq;
            transaction.executeWithoutResult(status -> {
                persons.write(unique, Instant.now(clock), actor);
                for (var consent : consents) {
                    ledger.submit(submission(consent));
                }
                jobs.addErrors(id, firstSeq, errors);
                jobs.progress(id, records.size(), unique.size(), refusedRows, consents.size());
            });
            errorSeq += errors.size();
        }

        private ConsentSubmission submission(ConsentRow consent) {
            var given = consent.consent().date() == null ? messages.getMessage("import.consent.dateUnknown", null, locale)
                    : consent.consent().date().toString();
            var text = messages.getMessage("import.consent.text", new Object[] {source, given}, locale);
            return new ConsentSubmission(consent.personId(), consent.consent().purpose(), consent.consent().channel(),
                    text, "import/" + id, null, null, null, null, source, ProofKind.IMPORT_WITHOUT_PROOF, null, locale);
        }

        private String message(String key, List<Object> arguments) {
            return messages.getMessage(key, arguments.toArray(), key, locale);
        }
    }

    /**
     * The rows with internal codes that no stored person and no other row of the batch holds (random codes
     * of 50 bits practically never collide, but a collision must not fail the whole batch).
     */
    private List<Row> withUniqueCodes(List<Row> rows) {
        var result = new ArrayList<>(rows);
        while (true) {
            var codes = result.stream().map(Row::internalCode).toList();
            var taken = new HashSet<>(persons.storedCodes(codes));
            Set<String> seen = new HashSet<>();
            var changed = false;
            for (var i = 0; i < result.size(); i++) {
                var code = result.get(i).internalCode();
                if (taken.contains(code) || !seen.add(code)) {
                    result.set(i, persons.withNewCode(result.get(i)));
                    changed = true;
                }
            }
            if (!changed) {
                return result;
            }
        }
    }

    private record ConsentRow(UUID personId, RowConverter.Consent consent) {
    }
}
