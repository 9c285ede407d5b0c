package org.custodian.prospecting;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry of the suppression list as screens and the API show it: no address, not even its hash.
 *
 * @param kind            what was hashed: {@code EMAIL} or {@code PHONE}
 * @param firstRecordedAt when this value was first put on the list for this channel
 * @param recordedAt      the latest opposition (a consent given after it lifts it for the channel)
 * @param reason          staff's reason, null when none was given
 */
public record SuppressionEntryView(UUID id, HashedValue kind, SuppressionChannel channel, SuppressionSource source,
        String reason, Instant firstRecordedAt, Instant recordedAt, String recordedBy) {

    /** What an entry's hash was made of. */
    public enum HashedValue {
        EMAIL, PHONE
    }
}
