package org.custodian.notices;

import java.time.Instant;

/**
 * One saved version of a collection form.
 *
 * @param version    its number
 * @param definition what it asked and said
 * @param hash       SHA-256 of its definition
 * @param savedAt    when it was saved
 * @param savedBy    who saved it
 * @param noticeVersion the version of the privacy notice it was published with, whose first level it shows
 */
public record FormVersion(int version, FormDefinition definition, String hash, Instant savedAt, String savedBy,
        int noticeVersion) {
}
