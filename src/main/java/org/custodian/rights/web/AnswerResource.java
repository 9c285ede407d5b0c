package org.custodian.rights.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodian.rights.AnswerView;

/** An answer as the API shows it (DSR-7): how and when it left, its link's expiry and use, its files. */
record AnswerResource(UUID id, UUID requestId, String method, String letter, String recipient, String answeredBy,
        Instant answeredAt, Instant keptUntil, UUID mailId, Instant linkExpiresAt, int downloads,
        Instant lastDownloadAt, List<FileResource> files) {

    /** A file of the answer; {@code href} downloads it as it was sent. */
    record FileResource(int number, String name, String mediaType, long size, String sha256, String href) {
    }

    static AnswerResource of(AnswerView answer) {
        return new AnswerResource(answer.id(), answer.requestId(), answer.method(), answer.letter(),
                answer.recipient(), answer.answeredBy(), answer.answeredAt(), answer.keptUntil(), answer.mailId(),
                answer.linkExpiresAt(), answer.downloads(), answer.lastDownloadAt(), answer.files().stream()
                        .map(file -> new FileResource(file.number(), file.name(), file.mediaType(), file.size(),
                                file.sha256(), "/api/v1/rights-requests/" + answer.requestId() + "/answer/files/"
                                        + file.number()))
                        .toList());
    }
}
