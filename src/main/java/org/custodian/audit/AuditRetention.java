package org.custodian.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Retention of the audit log itself (SEC-3; CNIL deliberation 2021-122: 6 months to 1 year by default,
 * up to 3 years with a documented reason): deletes the oldest entries past the retention period after
 * checking the chain, leaves an anchor so the rest still verifies, and records the purge.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    private static final Duration CNIL_DEFAULT_MIN = Duration.ofDays(183);
    private static final Duration CNIL_DEFAULT_MAX = Duration.ofDays(366);
    private static final Duration CNIL_JUSTIFIED_MAX = Duration.ofDays(3 * 366);

    private final AuditChainStore store;
    private final ChainVerifier verifier;
    private final AuditWriter writer;
    private final Duration retention;
    private final Clock clock;

    AuditRetention(AuditChainStore store, ChainVerifier verifier, AuditWriter writer, AuditProperties properties,
            Clock clock) {
        this.store = store;
        this.verifier = verifier;
        this.writer = writer;
        this.retention = properties.retention();
        this.clock = clock;
        if (retention.compareTo(CNIL_DEFAULT_MIN) < 0 || retention.compareTo(CNIL_JUSTIFIED_MAX) > 0) {
            log.warn("custodian.audit.retention={} is outside the CNIL's range (6 months to 1 year by default, "
                    + "3 years at most with a documented reason)", retention);
        }
        else if (retention.compareTo(CNIL_DEFAULT_MAX) > 0) {
            log.info("custodian.audit.retention={} exceeds the CNIL's default of 1 year: document the reason", retention);
        }
    }

    /**
     * Deletes the entries older than the retention period, unless the chain is broken: then nothing is
     * deleted, because the old entries may be the evidence.
     */
    Optional<AuditChainStore.Purge> purgeExpired() {
        writer.flush();
        var verifiedUpTo = store.findHead().map(ChainHead::lastSequence).orElse(0L);
        var verification = verifier.verify();
        if (!verification.valid()) {
            log.error("Audit log retention skipped: {}", verification.describe());
            writer.append(PendingEntry.of(clock.instant(), "system", AuditAction.INTEGRITY_FAILURE, null, null, null,
                    "Retention purge skipped: " + verification.describe()));
            return Optional.empty();
        }
        var cutoff = clock.instant().minus(retention);
        var purge = store.purgeBefore(cutoff, verifiedUpTo);
        purge.ifPresent(done -> {
            log.info("Audit log retention: purged {} entries up to sequence {}", done.deletedEntries(),
                    done.lastPurgedSequence());
            writer.append(PendingEntry.of(clock.instant(), "system", AuditAction.LOG_PURGE, null, null, null,
                    "Purged " + done.deletedEntries() + " entries up to sequence " + done.lastPurgedSequence()
                            + " (older than " + cutoff + ", retention " + retention + ")"));
        });
        return purge;
    }
}
