package org.custodian.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import org.custodian.shared.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Anchors the chain outside the database (SEC-3): after a full verification — against the newest checkpoint
 * already kept, too — signs a checkpoint of the head and writes it to a file readable by its owner only in the
 * configured directory, and hands it to the mail module for the DPO when asked to and an address is set. A
 * broken or rolled-back chain gets no checkpoint: signing it would vouch for the tampering.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern FILE_NAME = Pattern.compile("audit-checkpoint-(\\d{1,18})-(\\d{8}T\\d{6}Z)\\.json");

    private final AuditWriter writer;
    private final AuditChainStore store;
    private final ChainVerifier verifier;
    private final ChainMac macs;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Path directory;
    private final String mailTo;
    private final AtomicReference<AuditCheckpoint> latest = new AtomicReference<>();
    private volatile boolean scanned;

    AuditCheckpoints(AuditWriter writer, AuditChainStore store, ChainVerifier verifier, ChainMac macs,
            ObjectMapper json, ApplicationEventPublisher events, Clock clock, AuditProperties properties) {
        this.writer = writer;
        this.store = store;
        this.verifier = verifier;
        this.macs = macs;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.directory = properties.checkpointDirectory();
        this.mailTo = properties.checkpointMailTo() == null || properties.checkpointMailTo().isBlank() ? null
                : properties.checkpointMailTo().strip();
    }

    /**
     * Verifies the chain and, when it is intact, writes a checkpoint of its head.
     *
     * @param mail also mail it to the DPO, when an address is configured
     * @return the checkpoint, or empty when the chain is broken
     */
    Optional<AuditCheckpoint> write(boolean mail) {
        writer.flush();
        var head = store.findHead();
        // Against the newest checkpoint already kept: a head put back below it after a restart is found here.
        var verification = latest().map(verifier::verify).orElseGet(verifier::verify);
        if (!verification.valid() || head.isEmpty()) {
            log.error("AUDIT LOG TAMPERED: no checkpoint signed: {}", verification.describe());
            writer.append(PendingEntry.of(clock.instant(), "system", AuditAction.INTEGRITY_FAILURE, null, null,
                    null, "Checkpoint refused: " + verification.describe()));
            return Optional.empty();
        }
        var checkpoint = AuditCheckpoint.of(head.get(), macs);
        var text = json.writerWithDefaultPrettyPrinter().writeValueAsString(checkpoint);
        var file = save(checkpoint, text);
        log.info("Audit checkpoint signed: entry {}, seal {}, written to {}", checkpoint.sequence(),
                checkpoint.sealCount(), file);
        latest.accumulateAndGet(checkpoint, AuditCheckpoints::newer);
        if (mail && mailTo != null) {
            events.publishEvent(new AuditCheckpointSigned(mailTo, checkpoint, text));
        }
        return Optional.of(checkpoint);
    }

    /**
     * The newest authentic checkpoint in the directory, read once and then kept up to date by {@link #write}.
     */
    Optional<AuditCheckpoint> latest() {
        if (!scanned) {
            synchronized (this) {
                if (!scanned) {
                    newestInDirectory().ifPresent(found -> latest.accumulateAndGet(found, AuditCheckpoints::newer));
                    scanned = true;
                }
            }
        }
        return Optional.ofNullable(latest.get());
    }

    /**
     * At start-up, compares the head with the newest checkpoint kept: a rollback made while the application was
     * stopped is reported before anyone looks.
     */
    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        latest().flatMap(verifier::checkpointProblem).ifPresent(problem -> log.error(
                "AUDIT LOG TAMPERED: {} compared with the checkpoint of entry {} in {}", problem.describe(),
                latest.get().sequence(), directory.toAbsolutePath()));
    }

    /**
     * Reads a checkpoint file as written here (or as received by mail and saved).
     */
    AuditCheckpoint read(Path file) {
        try {
            return json.readValue(Files.readString(file, StandardCharsets.UTF_8), AuditCheckpoint.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint " + file.toAbsolutePath(), e);
        }
    }

    /** The file names carry the sequence: only the highest is read, and checked, instead of every file. */
    private Optional<AuditCheckpoint> newestInDirectory() {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (var files = Files.list(directory)) {
            var newest = files.map(file -> FILE_NAME.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .max(Comparator.comparingLong((Matcher name) -> Long.parseLong(name.group(1)))
                            .thenComparing(name -> name.group(2)))
                    .map(name -> directory.resolve(name.group()));
            if (newest.isEmpty()) {
                return Optional.empty();
            }
            var checkpoint = read(newest.get());
            if (!checkpoint.signedBy(macs)) {
                log.error("AUDIT LOG: the newest checkpoint {} is not signed with this installation's key: it is ignored",
                        newest.get().toAbsolutePath());
                return Optional.empty();
            }
            return Optional.of(checkpoint);
        }
        catch (IOException | UncheckedIOException | JacksonException e) {
            log.error("AUDIT LOG: cannot read the checkpoints in {}", directory.toAbsolutePath(), e);
            return Optional.empty();
        }
    }

    private static AuditCheckpoint newer(AuditCheckpoint current, AuditCheckpoint candidate) {
        return current == null || candidate.sealCount() > current.sealCount() ? candidate : current;
    }

    private Path save(AuditCheckpoint checkpoint, String text) {
        var file = directory.resolve("audit-checkpoint-" + checkpoint.sequence() + "-"
                + FILE_TIME.format(checkpoint.sealedAt()) + ".json");
        try {
            if (!Files.isDirectory(directory)) {
                OwnerOnlyFiles.createDirectory(directory);
            }
            // Written beside it first, then renamed: a reader never sees half a checkpoint.
            var partial = directory.resolve(file.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            OwnerOnlyFiles.createFile(partial);
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit checkpoint to " + directory.toAbsolutePath(), e);
        }
    }
}
