package org.custodian.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.custodian.shared.CurrentActor;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit module's facade: every module records accesses to personal data and security events
 * here (SEC-3), and reads the log here. It is the only writer of the log, and it only appends.
 * <p>
 * An entry stating a change ({@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code SECURITY_CHANGE}) recorded
 * inside a transaction is appended only after that transaction commits, and not at all when it rolls back:
 * the log never claims a change that did not happen. Reads, searches, exports and sign-in events are appended
 * at once, whatever the transaction does, since the data was seen or the attempt was made anyway.
 * <p>
 * Appending is buffered: entries are chained and written by a background writer moments later, so that
 * logging does not slow reads down. The read methods of this facade first wait for everything recorded so
 * far; code that reads the table another way calls {@link #flush()} first.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditWriter writer;
    private final AuditEntries entries;
    private final ChainVerifier verifier;
    private final PageViews pageViews;
    private final AuditCheckpoints checkpoints;
    private final Clock clock;
    private final ZoneId zone;

    AuditLog(AuditWriter writer, AuditEntries entries, ChainVerifier verifier, PageViews pageViews,
            AuditCheckpoints checkpoints, Clock clock, AuditProperties properties) {
        this.writer = writer;
        this.entries = entries;
        this.verifier = verifier;
        this.pageViews = pageViews;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /**
     * The time zone in which the log's dates are shown and its period filters are read.
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Records that the current user or API token did {@code action} on a record holding personal data.
     *
     * @param resourceType the kind of record, e.g. {@code person}
     * @param resourceId   the record's id, or null for an action on many records (a search, a bulk export)
     * @param purpose      the purpose the user stated, or null when none was asked
     */
    public void personalData(AuditAction action, String resourceType, String resourceId, String purpose) {
        personalData(action, resourceType, resourceId, purpose, null);
    }

    /**
     * The same with a detail, for one entry that stands for many records (a batch of a bulk import): the
     * detail says which and how many, so that each of them can be traced back to it.
     */
    public void personalData(AuditAction action, String resourceType, String resourceId, String purpose,
            String detail) {
        var actor = CurrentActor.name();
        var stated = detail;
        if (action == AuditAction.READ) {
            if (pageViews.covers(actor, resourceType, resourceId)) {
                return;
            }
            stated = pageViews.open(actor, resourceType, resourceId).orElse(detail);
        }
        record(PendingEntry.of(clock.instant(), actor, action, resourceType, resourceId, purpose, stated), action);
    }

    /**
     * Announces that the current web request shows the page of one record, which then loads these fragments (each
     * named by the resource type it reads, e.g. {@code consent}): the page's read entry names them, and their reads
     * of the same record, within a minute, in the same session, are covered by it — one page view, one entry. A
     * fragment's read without the token is recorded as usual.
     *
     * @return the token each fragment sends back as the request parameter {@value PageViews#PARAMETER}, or null
     *         outside a web request
     */
    public String pageView(String resourceType, String resourceId, List<String> fragments) {
        return pageViews.announce(resourceType, resourceId, fragments);
    }

    /**
     * Records a security event (sign-in, lock, role change ...) for the named actor.
     */
    public void security(String actor, AuditAction action, String detail) {
        record(PendingEntry.of(clock.instant(), actor, action, null, null, null, detail), action);
    }

    private void record(PendingEntry entry, AuditAction action) {
        if (action.followsTransaction() && TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    writer.append(entry);
                }
            });
        }
        else {
            writer.append(entry);
        }
    }

    /**
     * Waits until every entry recorded before this call is in the database.
     */
    public void flush() {
        writer.flush();
    }

    /**
     * The entries matching {@code query}, newest first, including everything recorded until now.
     */
    @Transactional(readOnly = true)
    public Page<AuditEntryView> search(AuditQuery query, PageRequest page) {
        writer.flush();
        return entries.search(query, page);
    }

    /**
     * Those of these record ids that the log shows deleted or erased as one of these types (a person's file, their
     * personal data), to say erased rather than nothing of a record that is gone.
     */
    @Transactional(readOnly = true)
    public Set<String> deleted(Collection<String> resourceIds, Collection<String> resourceTypes) {
        writer.flush();
        return entries.deleted(resourceIds, resourceTypes);
    }

    /**
     * Hands every entry matching {@code query} to {@code sink}, newest first, and records the export
     * itself in the log (an export of the log is an export of personal data).
     */
    @Transactional(readOnly = true)
    public void export(AuditQuery query, Consumer<AuditEntryView> sink) {
        writer.append(PendingEntry.of(clock.instant(), CurrentActor.name(), AuditAction.EXPORT, "audit-log",
                query.resourceId(), null, "CSV export of the audit log; filters: " + describe(query)));
        writer.flush();
        entries.each(query, sink);
    }

    /**
     * Walks the whole chain, every row present, and reports the first broken link or the tampering of its
     * head; the check and its result are recorded.
     */
    public ChainVerification verify() {
        writer.flush();
        return recorded(verifier.verify(), "");
    }

    /**
     * The same, then compares the log with a checkpoint the DPO kept: a head below it, or an entry it sealed
     * that changed since, is reported as tampering. The check and its result are recorded.
     */
    public ChainVerification verify(AuditCheckpoint checkpoint) {
        writer.flush();
        return recorded(verifier.verify(checkpoint), " against the checkpoint of entry " + checkpoint.sequence()
                + " sealed at " + checkpoint.sealedAt());
    }

    /**
     * What a quick look at the chain's head finds wrong, if anything — a missing, unsealed, rewritten or
     * rolled-back head (below this node's last seal or the newest checkpoint kept), or a row outside the chain —
     * without walking the entries: cheap enough for every display of the log.
     */
    public Optional<ChainVerification> tampering() {
        writer.flush();
        return verifier.headProblem().or(() -> checkpoints.latest().flatMap(verifier::checkpointProblem));
    }

    private ChainVerification recorded(ChainVerification result, String against) {
        if (!result.valid()) {
            log.error("AUDIT LOG TAMPERED: {}{}", result.describe(), against);
        }
        writer.append(PendingEntry.of(clock.instant(), CurrentActor.name(),
                result.valid() ? AuditAction.INTEGRITY_CHECK : AuditAction.INTEGRITY_FAILURE, null, null, null,
                result.describe() + against));
        return result;
    }

    private static String describe(AuditQuery query) {
        var parts = new ArrayList<String>();
        if (query.resourceType() != null) {
            parts.add("type=" + query.resourceType());
        }
        if (query.resourceId() != null) {
            parts.add("record=" + query.resourceId());
        }
        if (query.resourceIds() != null) {
            parts.add("records=" + String.join(" ", query.resourceIds()));
        }
        if (query.actor() != null) {
            parts.add("user=" + query.actor());
        }
        if (query.action() != null) {
            parts.add("action=" + query.action());
        }
        if (query.from() != null) {
            parts.add("from=" + query.from());
        }
        if (query.to() != null) {
            parts.add("to=" + query.to());
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
