package org.custodian.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * One record of the ledger with its proof, as shown to staff and exported for the person.
 */
public record ConsentRecordView(UUID id, UUID personId, String purpose, Channel channel, ConsentEvent event,
        ProofKind proof, Instant recordedAt, String recordedBy, String source, String textHash, String text,
        String formRef, Integer formVersion, Integer noticeVersion, String ip, String userAgent, Instant submittedAt,
        Instant confirmedAt, String confirmationIp, String confirmationUserAgent) {
}
