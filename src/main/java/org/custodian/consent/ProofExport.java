package org.custodian.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One person's consent proofs as handed out (PRO-1 "exportable as proof"): where each purpose × channel
 * stands, and every ledger record with its proof.
 *
 * @param personId      the person
 * @param person        the person's name as held in the file
 * @param internalCode  the person's internal code
 * @param generatedAt   when the export was made
 * @param generatedBy   who made it
 * @param current       where each purpose × channel stands
 * @param history       every ledger record, newest first
 * @param softOptIns    every soft opt-in evidence (address collected at a sale), newest first
 */
public record ProofExport(UUID personId, String person, String internalCode, Instant generatedAt,
        String generatedBy, List<ConsentState> current, List<ConsentRecordView> history,
        List<SoftOptInRecord> softOptIns) {
}
