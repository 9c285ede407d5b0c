package org.custodian.consent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * PRO-1: the current state of each purpose × channel is derived from the ledger, never stored. The
 * latest record wins; an e-mail request awaiting its double opt-in shows only where nothing is
 * currently given, because an unconfirmed consent does not count (seed 000 §4: consent must be a
 * positive act of the person).
 */
final class CurrentConsent {

    private CurrentConsent() {
    }

    /**
     * @param history the person's ledger, newest first (append order)
     * @param pending the person's e-mail requests awaiting confirmation
     */
    static List<ConsentState> derive(List<ConsentRecordView> history, List<PendingConsent> pending) {
        var latest = new LinkedHashMap<Key, ConsentRecordView>();
        history.forEach(record -> latest.putIfAbsent(new Key(record.purpose(), record.channel()), record));
        var states = new LinkedHashMap<Key, ConsentState>();
        latest.forEach((key, record) -> states.put(key, state(record)));
        for (var request : pending) {
            var key = new Key(request.purpose(), request.channel());
            var current = latest.get(key);
            var superseded = current != null && current.event() == ConsentEvent.GIVEN;
            var newer = current == null || request.requestedAt().isAfter(current.recordedAt());
            if (!superseded && newer) {
                states.put(key, new ConsentState(request.purpose(), request.channel(),
                        ConsentStatus.PENDING_CONFIRMATION, request.requestedAt(), request.proof()));
            }
        }
        var result = new ArrayList<>(states.values());
        result.sort(Comparator.comparing(ConsentState::purpose).thenComparing(ConsentState::channel));
        return result;
    }

    private static ConsentState state(ConsentRecordView record) {
        var status = switch (record.event()) {
            case WITHDRAWN -> ConsentStatus.WITHDRAWN;
            case OBJECTED -> ConsentStatus.OBJECTED;
            case GIVEN -> record.proof() == ProofKind.IMPORT_WITHOUT_PROOF
                    ? ConsentStatus.ACTIVE_WITHOUT_PROOF : ConsentStatus.ACTIVE;
        };
        return new ConsentState(record.purpose(), record.channel(), status, record.recordedAt(), record.proof());
    }

    private record Key(String purpose, Channel channel) {
    }
}
