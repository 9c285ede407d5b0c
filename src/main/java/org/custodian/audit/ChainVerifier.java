package org.custodian.audit;

import java.util.Optional;

import org.custodian.audit.ChainVerification.Problem;
import org.springframework.stereotype.Component;

/**
 * Walks the audit chain from the anchor through every row present and reports the first broken link
 * (SEC-3): an entry whose fields no longer match its MAC (modified), a missing sequence number (deleted),
 * a link to the wrong predecessor, a row before the anchor or after the sealed head (inserted), and a head
 * row that is missing, unsealed, rewritten without the key, or older than a seal already made (rolled
 * back). Against a checkpoint kept outside the database it also finds a rollback that left no trace inside.
 * Reads in slices, so memory stays flat however long the log is.
 */
@Component
class ChainVerifier {

    private static final int SLICE = 1000;

    private final AuditChainStore store;
    private final ChainMac macs;

    ChainVerifier(AuditChainStore store, ChainMac macs) {
        this.store = store;
        this.macs = macs;
    }

    ChainVerification verify() {
        var head = Observed.now(store);
        if (head.isEmpty()) {
            return ChainVerification.brokenHead(Problem.HEAD_MISSING);
        }
        var result = walk(head.get());
        if (!result.valid() && store.findHead().map(ChainHead::anchorSequence).orElse(-1L)
                != head.get().head().anchorSequence()) {
            // A retention purge moved the anchor while we walked: what looked missing was purged. Walk again.
            result = Observed.now(store).map(this::walk)
                    .orElseGet(() -> ChainVerification.brokenHead(Problem.HEAD_MISSING));
        }
        return result;
    }

    /**
     * The whole walk, then the comparison with a checkpoint: the head must not be below it, and the entry it
     * sealed must still have the MAC it had (unless the retention purge removed it since).
     */
    ChainVerification verify(AuditCheckpoint checkpoint) {
        if (!checkpoint.signedBy(macs)) {
            return ChainVerification.brokenHead(Problem.CHECKPOINT_NOT_AUTHENTIC);
        }
        var result = verify();
        if (!result.valid()) {
            return result;
        }
        return checkpointProblem(checkpoint)
                .map(problem -> new ChainVerification(false, problem.firstBrokenEntry(), result.checkedEntries(),
                        problem.problem()))
                .orElse(result);
    }

    /**
     * The comparison of the head with an authentic checkpoint alone, without walking the entries.
     */
    Optional<ChainVerification> checkpointProblem(AuditCheckpoint checkpoint) {
        var found = store.findHead();
        if (found.isEmpty()) {
            return Optional.of(ChainVerification.brokenHead(Problem.HEAD_MISSING));
        }
        var head = found.get();
        if (head.lastSequence() < checkpoint.sequence() || head.sealCount() < checkpoint.sealCount()) {
            return Optional.of(ChainVerification.broken(head.lastSequence() + 1, 0, Problem.ROLLED_BACK));
        }
        var sealedMac = checkpoint.sequence() == head.anchorSequence() ? Optional.of(head.anchorMac())
                : store.macOf(checkpoint.sequence());
        if (checkpoint.sequence() >= head.anchorSequence()
                && !sealedMac.map(mac -> ChainMac.same(checkpoint.headMac(), mac)).orElse(false)) {
            return Optional.of(ChainVerification.broken(checkpoint.sequence(), 0, Problem.CHECKPOINT_MISMATCH));
        }
        return Optional.empty();
    }

    /**
     * The cheap part of the check, for every display of the log: the head row and the rows around it, not
     * the entries' MACs.
     */
    Optional<ChainVerification> headProblem() {
        var head = Observed.now(store);
        if (head.isEmpty()) {
            return Optional.of(ChainVerification.brokenHead(Problem.HEAD_MISSING));
        }
        var problem = checkHead(head.get());
        if (problem.isPresent()) {
            return problem;
        }
        var beyond = store.entriesAfter(head.get().head().lastSequence(), 1);
        if (beyond.isEmpty()) {
            return Optional.empty();
        }
        // An append may have committed since the head was read: only a row the current head does not cover counts.
        var sequence = beyond.get(0).sequence();
        var now = store.findHead();
        return now.isPresent() && sequence <= now.get().lastSequence() ? Optional.empty()
                : Optional.of(ChainVerification.broken(sequence, 0, Problem.ENTRY_OUTSIDE_CHAIN));
    }

    private Optional<ChainVerification> checkHead(Observed observed) {
        var head = observed.head();
        if (head.seal() == null) {
            return Optional.of(ChainVerification.brokenHead(Problem.HEAD_UNSEALED));
        }
        if (!head.sealedBy(macs)) {
            return Optional.of(ChainVerification.brokenHead(Problem.HEAD_SEAL_MISMATCH));
        }
        if (head.sealCount() < observed.sealedBefore()) {
            return Optional.of(ChainVerification.broken(head.lastSequence() + 1, 0, Problem.ROLLED_BACK));
        }
        var beforeAnchor = store.firstEntryAtOrBefore(head.anchorSequence());
        if (beforeAnchor.isPresent()) {
            return Optional.of(ChainVerification.broken(beforeAnchor.get(), 0, Problem.ENTRY_OUTSIDE_CHAIN));
        }
        return Optional.empty();
    }

    private ChainVerification walk(Observed start) {
        var headProblem = checkHead(start);
        if (headProblem.isPresent()) {
            return headProblem.get();
        }
        var head = start.head();
        var expected = head.anchorSequence() + 1;
        var previousMac = head.anchorMac();
        var checked = 0L;
        while (true) {
            var slice = store.entriesAfter(expected - 1, SLICE);
            if (slice.isEmpty()) {
                break;
            }
            for (var entry : slice) {
                if (entry.sequence() > head.lastSequence()) {
                    // Appends may have committed while we walked; a row the current sealed head covers is one of them.
                    var now = Observed.now(store);
                    if (now.isEmpty()) {
                        return ChainVerification.brokenHead(Problem.HEAD_MISSING);
                    }
                    if (checkHead(now.get()).isPresent() || entry.sequence() > now.get().head().lastSequence()) {
                        return ChainVerification.broken(entry.sequence(), checked, Problem.ENTRY_OUTSIDE_CHAIN);
                    }
                    head = now.get().head();
                }
                if (entry.sequence() != expected) {
                    return ChainVerification.broken(expected, checked, Problem.MISSING_ENTRY);
                }
                if (!ChainMac.same(previousMac, entry.previousMac())) {
                    return ChainVerification.broken(expected, checked, Problem.PREVIOUS_MAC_MISMATCH);
                }
                var mac = macs.entryMac(previousMac, entry.sequence(), entry.occurredAt(), entry.actor(),
                        entry.action(), entry.resourceType(), entry.resourceId(), entry.purpose(), entry.detail());
                if (!ChainMac.same(mac, entry.mac())) {
                    return ChainVerification.broken(expected, checked, Problem.MAC_MISMATCH);
                }
                checked++;
                previousMac = entry.mac();
                expected++;
            }
        }
        if (expected <= head.lastSequence()) {
            return ChainVerification.broken(expected, checked, Problem.MISSING_ENTRY);
        }
        if (!ChainMac.same(head.lastMac(), previousMac)) {
            return ChainVerification.broken(head.lastSequence(), checked, Problem.PREVIOUS_MAC_MISMATCH);
        }
        return ChainVerification.intact(checked);
    }

    /**
     * The head as read, with the last seal this node had made before reading it: an append that commits in
     * between cannot make it look rolled back.
     */
    private record Observed(ChainHead head, long sealedBefore) {

        static Optional<Observed> now(AuditChainStore store) {
            var sealedBefore = store.lastSealCount();
            return store.findHead().map(head -> new Observed(head, sealedBefore));
        }
    }
}
