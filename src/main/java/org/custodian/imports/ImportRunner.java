package org.custodian.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;

import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentPurposes;
import org.custodian.consent.ConsentSubmission;
import org.custodian.consent.ProofKind;
import org.custodian.contacts.PersonImportSupport;
import org.custodian.contacts.PersonImportSupport.ImportBatch;
import org.custodian.contacts.PersonImportSupport.Result;
import org.custodian.contacts.PersonImportSupport.Row;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.PurchaseData;
import org.custodian.shared.PersonId;
import org.custodian.shared.SuppressedAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job (CON-10). A reading thread parses the file and checks every row with the rules of the
 * forms, batch by batch, while the job's thread writes the previous batch: on a server of two cores the checks
 * and the database's work overlap instead of taking turns. At most two checked batches wait between them, so
 * memory stays bounded whatever the file's size. The persons of a batch (created, or completed when the e-mail
 * is known, CON-9), their consents, the refused rows' errors and the job's counts are committed together, so a
 * batch is never half-applied and the counts always match what is stored.
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
    private static final int BATCHES_AHEAD = 2;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ImportJobRepository jobs;
    private final ImportFiles files;
    private final PersonImportSupport persons;
    private final ConsentLedger ledger;
    private final Purchases purchases;
    private final ConsentPurposes consentPurposes;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final ImportProperties properties;
    private final ObjectProvider<SuppressedAddresses> suppressed;
    private final Clock clock;

    ImportRunner(ImportJobRepository jobs, ImportFiles files, PersonImportSupport persons, ConsentLedger ledger,
            Purchases purchases, ConsentPurposes consentPurposes, MessageSource messages,
            PlatformTransactionManager transactions, ImportProperties properties,
            ObjectProvider<SuppressedAddresses> suppressed, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.persons = persons;
        this.ledger = ledger;
        this.purchases = purchases;
        this.consentPurposes = consentPurposes;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.suppressed = suppressed;
        this.clock = clock;
    }

    /**
     * Runs the job to its end; never throws: a failure is recorded on the job. A job failed meanwhile as stale by
     * another node (this one seemed dead) is not run, or stops at its next batch, which is rolled back.
     */
    void run(UUID id, String actor) {
        var job = jobs.find(id).orElseThrow(() -> new ImportNotFound(id));
        var locale = Locale.forLanguageTag(jobs.locale(id).orElse("fr"));
        if (!jobs.running(id, Instant.now(clock))) {
            LOG.warn("Import {} was no longer queued when its turn came: not run", id);
            files.delete(id);
            return;
        }
        // Only what the ledger accepts (PRO-1): a row consenting to, say, the exclusion of bad payers is refused as a
        // row, not left to fail its whole batch. The transmission to partners is no column value of an old file.
        var purposes = consentPurposes.consentable().stream()
                .filter(code -> !code.equals(ConsentLedger.PARTNER_TRANSMISSION))
                .collect(Collectors.toUnmodifiableSet());
        var converter = new RowConverter(job.mapping(), job.defaultType(), job.defaultAudience(), purposes,
                LocalDate.now(clock));
        var reader = new Reader(() -> files.open(id), jobs.delimiter(id).orElse(','), converter, locale);
        var thread = new Thread(reader, "import-read-" + id);
        thread.setDaemon(true);
        thread.start();
        var writer = new Writer(id, job.source(), locale, actor);
        try {
            var waited = 0L;
            var since = System.nanoTime();
            for (var next = reader.take(); next instanceof Batch batch; next = reader.take()) {
                waited += System.nanoTime() - since;
                writer.write(batch);
                since = System.nanoTime();
            }
            if (reader.failure != null) {
                throw reader.failure;
            }
            jobs.finish(id, ImportState.DONE, Instant.now(clock), null);
            // Which side held the import back: the checks (the writer waited) or the database (the reader did).
            LOG.info("Import {} done; the writer waited {} ms for checked rows, the reading thread {} ms for the database",
                    id, waited / 1_000_000, reader.waited / 1_000_000);
        } catch (JobTakenAway e) {
            LOG.warn("Import {} stopped: failed meanwhile by another node, which found its heartbeat stale", id);
        } catch (UncheckedIOException e) {
            LOG.warn("Import {} stopped: unreadable file", id, e);
            jobs.finish(id, ImportState.FAILED, Instant.now(clock), "import.failure.unreadable");
        } catch (RuntimeException e) {
            LOG.error("Import {} stopped", id, e);
            jobs.finish(id, ImportState.FAILED, Instant.now(clock), "import.failure.database");
        } catch (InterruptedException e) {
            LOG.warn("Import {} interrupted by the server's stop", id);
            jobs.finish(id, ImportState.FAILED, Instant.now(clock), "import.failure.interrupted");
            Thread.currentThread().interrupt();
        } finally {
            thread.interrupt();
            joinQuietly(thread);
            files.delete(id);
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The job is no longer this node's to run: the batch under way is rolled back. */
    private static final class JobTakenAway extends RuntimeException {
        JobTakenAway() {
            super(null, null, false, false);
        }
    }

    /** One valid row and the consent it carries (or null). */
    private record Checked(long number, Row row, RowConverter.Consent consent, PurchaseData purchase) {
    }

    /** The rows of one transaction, checked: the valid ones, and the errors of the refused ones. */
    private record Batch(int read, List<Checked> valid, List<ImportErrorView> errors, int refused) {
    }

    /** Marks the end of the file (or of the reading, when {@link Reader#failure} is set). */
    private record End() {
    }

    /** Parses the file and checks its rows, on its own thread, a few batches ahead of the writer. */
    private final class Reader implements Runnable {

        private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        private final CsvFiles.Source file;
        private final char delimiter;
        private final RowConverter converter;
        private final Locale locale;
        private volatile RuntimeException failure;
        private volatile long waited;

        Reader(CsvFiles.Source file, char delimiter, RowConverter converter, Locale locale) {
            this.file = file;
            this.delimiter = delimiter;
            this.converter = converter;
            this.locale = locale;
        }

        Object take() throws InterruptedException {
            return ready.take();
        }

        private void put(Batch batch) throws InterruptedException {
            var since = System.nanoTime();
            ready.put(batch);
            waited += System.nanoTime() - since;
        }

        @Override
        public void run() {
            try (var parser = CsvFiles.records(file, delimiter)) {
                var valid = new ArrayList<Checked>(properties.batchSize());
                var errors = new ArrayList<ImportErrorView>();
                var read = 0;
                var refused = 0;
                for (var record : parser) {
                    var number = record.getRecordNumber();
                    var converted = converter.convert(record);
                    var checked = persons.check(converted.data());
                    var rowErrors = new ArrayList<ImportErrorView>();
                    var unreadable = new HashSet<String>();
                    for (var problem : converted.problems()) {
                        unreadable.add(problem.field());
                        rowErrors.add(new ImportErrorView(number, problem.field(), problem.rule(),
                                message(locale, problem.messageKey(), problem.arguments())));
                    }
                    for (var violation : checked.violations()) {
                        if (!unreadable.contains(violation.field())) {
                            rowErrors.add(new ImportErrorView(number, violation.field(), violation.rule(),
                                    message(locale, violation.messageKey(), violation.arguments())));
                        }
                    }
                    if (converted.purchase() != null) {
                        for (var violation : purchases.check(converted.purchase())) {
                            var field = "date".equals(violation.field()) ? ImportField.PURCHASE_DATE.key()
                                    : violation.field();
                            if (!unreadable.contains(field)) {
                                rowErrors.add(new ImportErrorView(number, field, violation.rule(),
                                        message(locale, violation.messageKey(), violation.arguments())));
                            }
                        }
                    }
                    if (rowErrors.isEmpty()) {
                        valid.add(new Checked(number, persons.row(checked), converted.consent(),
                                converted.purchase()));
                    } else {
                        refused++;
                        errors.addAll(rowErrors);
                    }
                    if (++read == properties.batchSize()) {
                        put(new Batch(read, valid, errors, refused));
                        valid = new ArrayList<>(properties.batchSize());
                        errors = new ArrayList<>();
                        read = 0;
                        refused = 0;
                    }
                }
                if (read > 0) {
                    put(new Batch(read, valid, errors, refused));
                }
            } catch (InterruptedException e) {
                // the writer stopped: nobody waits for the rest
                return;
            } catch (IOException e) {
                failure = new UncheckedIOException(e);
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                ready.put(new End());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Writes the checked batches, one transaction each, on the job's thread. */
    private final class Writer {

        private final UUID id;
        private final String source;
        private final Locale locale;
        private final String actor;
        private int errorSeq;

        Writer(UUID id, String source, Locale locale, String actor) {
            this.id = id;
            this.source = source;
            this.locale = locale;
            this.actor = actor;
        }

        void write(Batch batch) {
            var errors = new ArrayList<>(batch.errors());
            var firstSeq = errorSeq;
            transaction.executeWithoutResult(status -> {
                var outcomes = persons.write(batch.valid().stream().map(Checked::row).toList(),
                        new ImportBatch(id, actor, Instant.now(clock)));
                var consents = new ArrayList<ConsentSubmission>();
                var updated = 0;
                var refused = batch.refused();
                for (var i = 0; i < outcomes.size(); i++) {
                    var outcome = outcomes.get(i);
                    var row = batch.valid().get(i);
                    if (outcome.result() == Result.REFUSED) {
                        refused++;
                        for (var violation : outcome.violations()) {
                            errors.add(new ImportErrorView(row.number(), violation.field(), violation.rule(),
                                    message(locale, "import.error.merged",
                                            List.of(message(locale, violation.messageKey(), violation.arguments())))));
                        }
                        continue;
                    }
                    if (outcome.result() == Result.UPDATED) {
                        updated++;
                    }
                    if (row.consent() != null) {
                        consents.add(submission(outcome.personId(), row.consent()));
                    }
                    if (row.purchase() != null) {
                        // One at a time through the facade: history, audit and PurchaseRecorded like a typed one.
                        purchases.record(new PersonId(outcome.personId()), row.purchase());
                    }
                }
                errors.addAll(suppressedRows(batch, outcomes));
                // the report lists the rows in file order, whichever check refused them
                errors.sort(Comparator.comparingLong(ImportErrorView::row));
                ledger.recordImported(id.toString(), consents);
                jobs.addErrors(id, firstSeq, errors);
                if (!jobs.progress(id, batch.read(), batch.read() - refused, updated, refused, consents.size(),
                        Instant.now(clock))) {
                    throw new JobTakenAway();
                }
            });
            errorSeq += errors.size();
        }

        /**
         * PRO-3 (issue 9 §3): the rows stored whose address or phone is on the suppression list, one look-up for the
         * batch; the report says that such a person, though imported, will not be canvassed.
         */
        private List<ImportErrorView> suppressedRows(Batch batch, List<PersonImportSupport.Outcome> outcomes) {
            var list = suppressed.getIfAvailable();
            if (list == null) {
                return List.of();
            }
            var stored = new ArrayList<Checked>();
            for (var i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).result() != Result.REFUSED) {
                    stored.add(batch.valid().get(i));
                }
            }
            var since = list.since(stored.stream().map(ImportRunner::address).toList());
            var notes = new ArrayList<ImportErrorView>();
            for (var row : stored) {
                var day = since.get(address(row));
                if (day != null) {
                    notes.add(new ImportErrorView(row.number(), "email", ImportErrorView.SUPPRESSED,
                            message(locale, "import.notice.suppressed", List.of(DAY.format(day)))));
                }
            }
            return notes;
        }

        private ConsentSubmission submission(UUID personId, RowConverter.Consent consent) {
            var given = consent.date() == null ? messages.getMessage("import.consent.dateUnknown", null, locale)
                    : consent.date().toString();
            var text = messages.getMessage("import.consent.text", new Object[] {source, given}, locale);
            return new ConsentSubmission(personId, consent.purpose(), consent.channel(), text, "import/" + id, null,
                    null, null, null, source, ProofKind.IMPORT_WITHOUT_PROOF, null, locale);
        }
    }

    private static SuppressedAddresses.Address address(Checked row) {
        return new SuppressedAddresses.Address(row.row().data().email(), row.row().data().phone());
    }

    private String message(Locale locale, String key, List<Object> arguments) {
        return messages.getMessage(key, arguments.toArray(), key, locale);
    }
}
