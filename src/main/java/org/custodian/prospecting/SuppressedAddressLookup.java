package org.custodian.prospecting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.custodian.shared.SuppressedAddresses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the import and the public forms, which may not depend on this module, whether addresses are on the
 * suppression list (PRO-3, issue 9 §3): one statement per thousand hashes, not one per row of an import. Not audited,
 * as {@link SuppressionList#reasonFor}: it reveals nothing about addresses the caller does not already hold.
 */
@Component
class SuppressedAddressLookup implements SuppressedAddresses {

    private static final int HASHES_PER_STATEMENT = 1000;

    private final SuppressionEntries entries;
    private final SuppressionHasher hasher;
    private final ZoneId zone;

    SuppressedAddressLookup(SuppressionEntries entries, SuppressionHasher hasher,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.entries = entries;
        this.hasher = hasher;
        this.zone = zone;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Address, LocalDate> since(Collection<Address> addresses) {
        var hashes = addresses.stream().flatMap(this::hashes).distinct().toList();
        var latest = new HashMap<String, LocalDate>();
        for (var from = 0; from < hashes.size(); from += HASHES_PER_STATEMENT) {
            entries.latest(hashes.subList(from, Math.min(hashes.size(), from + HASHES_PER_STATEMENT)))
                    .forEach((hash, at) -> latest.put(hash, LocalDate.ofInstant(at, zone)));
        }
        var found = new HashMap<Address, LocalDate>();
        for (var address : addresses) {
            hashes(address).map(latest::get).filter(Objects::nonNull).max(LocalDate::compareTo)
                    .ifPresent(day -> found.put(address, day));
        }
        return found;
    }

    private Stream<String> hashes(Address address) {
        var both = new ArrayList<String>(2);
        both.add(hasher.email(address.email()));
        both.add(hasher.phone(address.phone()));
        return both.stream().filter(Objects::nonNull);
    }
}
