package org.custodian.notices;

import java.time.Instant;

/**
 * A collection form as staff see it: its current version and how many people submitted it.
 *
 * @param slug        its address: {@code /p/forms/{slug}}
 * @param version     the current version
 * @param active      whether visitors can submit it
 * @param definition  what the current version asks and says
 * @param hash        the SHA-256 of the current version's definition
 * @param savedAt     when the current version was saved
 * @param savedBy     who saved it
 * @param submissions how many submissions all versions received
 * @param noticeVersion the version of the privacy notice the current version was published with
 */
public record CollectionForm(String slug, int version, boolean active, FormDefinition definition, String hash,
        Instant savedAt, String savedBy, long submissions, int noticeVersion) {
}
