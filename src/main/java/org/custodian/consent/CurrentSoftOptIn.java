package org.custodian.consent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;

/**
 * Where a person stands on the soft opt-in of each channel, derived from the evidence, never stored: the latest
 * evidence of a channel wins, so that an opposition at a later sale ends it and a later sale where the person did not
 * object stands on its own (the view {@code soft_opt_in_current} is the same rule in SQL).
 */
final class CurrentSoftOptIn {

    private CurrentSoftOptIn() {
    }

    /** @param history the person's evidence, newest first (append order) */
    static List<SoftOptInState> derive(List<SoftOptInRecord> history) {
        var latest = new EnumMap<Channel, SoftOptInRecord>(Channel.class);
        history.forEach(record -> latest.putIfAbsent(record.channel(), record));
        var states = new ArrayList<SoftOptInState>();
        latest.values().forEach(record -> states.add(new SoftOptInState(record.id(), record.personId(),
                record.channel(), record.status(), record.saleReference(), record.purchaseId(), record.collectedOn(),
                record.oppositionOffered(), record.opposed(), record.recordedAt())));
        states.sort(Comparator.comparing(SoftOptInState::channel));
        return states;
    }
}
