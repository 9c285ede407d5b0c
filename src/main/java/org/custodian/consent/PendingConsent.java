package org.custodian.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail consent waiting for its double opt-in, with the proof collected at submission.
 */
record PendingConsent(UUID id, UUID personId, String purpose, Channel channel, ProofKind proof, String source,
        String textHash, String formRef, Integer formVersion, Integer noticeVersion, String ip, String userAgent,
        Instant requestedAt, String requestedBy, Instant expiresAt) {
}
