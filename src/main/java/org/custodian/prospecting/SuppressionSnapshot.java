package org.custodian.prospecting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;

import org.custodian.consent.Channel;
import org.custodian.prospecting.ProspectFacts.SuppressionFact;

/**
 * The whole suppression list read in one query, for the set-based eligibility of an audience (PRO-2, PRO-3): each
 * person's address is hashed in memory and looked up in a map, no query per person. The list holds oppositions, far
 * fewer than persons; an engine that prefers SQL can instead join its persons' hashes (computed with the same key) to
 * {@code suppression_entry.value_hash}, indexed with {@code kind} by the unique constraint.
 */
public final class SuppressionSnapshot {

    private final SuppressionHasher hasher;
    private final Map<String, List<SuppressionEntryView>> byHash;

    SuppressionSnapshot(SuppressionHasher hasher, List<SuppressionEntries.HashedEntry> entries) {
        this.hasher = hasher;
        var map = new HashMap<String, List<SuppressionEntryView>>();
        entries.forEach(item -> map.computeIfAbsent(item.hash(), hash -> new ArrayList<>()).add(item.entry()));
        this.byHash = map;
    }

    /** The number of entries read. */
    public int size() {
        return byHash.values().stream().mapToInt(List::size).sum();
    }

    /** The latest opposition covering {@code channel} of this e-mail address or phone number, as a fact of the rules. */
    public Optional<SuppressionFact> factFor(String email, String phone, Channel channel) {
        SuppressionEntryView latest = null;
        for (var hash : new String[] {hasher.email(email), hasher.phone(phone)}) {
            if (hash == null) {
                continue;
            }
            for (var entry : byHash.getOrDefault(hash, List.of())) {
                if (entry.channel().covers(channel)
                        && (latest == null || entry.recordedAt().isAfter(latest.recordedAt()))) {
                    latest = entry;
                }
            }
        }
        return Optional.ofNullable(latest)
                .map(entry -> new SuppressionFact(entry.id(), entry.recordedAt(), entry.channel()));
    }
}
