package org.custodian.consent;

import java.util.List;

/**
 * Everything the ledger holds as proof about one person, read at once (one audited read): the consent records and the
 * soft opt-in evidence, each newest first.
 */
public record ConsentEvidence(List<ConsentRecordView> history, List<SoftOptInRecord> softOptIns) {

    /** Where the person stands on the soft opt-in of each channel that has evidence. */
    public List<SoftOptInState> currentSoftOptIns() {
        return CurrentSoftOptIn.derive(softOptIns);
    }
}
