package org.custodian.rights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a request as sent and kept as proof (DSR-7).
 *
 * @param method        how it left: {@code MAIL} (a download link in a message of the outbox), {@code POST} (the DPO
 *                      posted it; the letter kept as proof) or {@code REFUSAL} (the refusal and its reason, mailed)
 * @param recipient     the address the message went to; null when posted
 * @param mailId        the message in the outbox; null when posted
 * @param linkExpiresAt when the download link stops working; null without a link
 * @param downloads     how many files the person downloaded through the link
 * @param keptUntil     the end of the limitation period, when the proof may be deleted (RET-4)
 */
public record AnswerView(UUID id, UUID requestId, String method, String letter, String recipient, String answeredBy,
        Instant answeredAt, Instant keptUntil, UUID mailId, Instant linkExpiresAt, int downloads,
        Instant lastDownloadAt, List<FileView> files) {

    public AnswerView {
        files = List.copyOf(files);
    }

    /** A file of the answer, without its bytes. */
    public record FileView(int number, String name, String mediaType, long size, String sha256) {
    }

    /** Whether the link has expired at {@code now}. */
    public boolean expiredAt(Instant now) {
        return linkExpiresAt != null && !now.isBefore(linkExpiresAt);
    }
}
