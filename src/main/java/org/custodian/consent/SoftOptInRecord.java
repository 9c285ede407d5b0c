package org.custodian.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One recorded soft opt-in evidence with its proof, as shown to staff and exported for the person.
 */
public record SoftOptInRecord(UUID id, UUID personId, Channel channel, String saleReference, UUID purchaseId,
        LocalDate collectedOn, boolean oppositionOffered, String oppositionHow, boolean opposed, ProofKind proof,
        Instant recordedAt, String recordedBy, String source, String formRef, Integer formVersion, String ip,
        String userAgent) {

    /** What this evidence amounts to. */
    public SoftOptInStatus status() {
        return SoftOptInStatus.of(oppositionOffered, opposed);
    }
}
