package org.custodian.shared.personaldata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one holder keeps about a person (DSR-3): for each kind of record (usually a table), the typed records
 * themselves, complete, ready to be written as JSON.
 *
 * @param section the holder's section
 * @param records the records by kind, in the holder's order; a kind without records is left out
 */
public record SubjectExport(String section, Map<String, List<? extends Record>> records) {

    public SubjectExport {
        Objects.requireNonNull(section, "section");
        var copy = new LinkedHashMap<String, List<? extends Record>>();
        records.forEach((kind, list) -> {
            if (!list.isEmpty()) {
                copy.put(kind, List.copyOf(list));
            }
        });
        records = Collections.unmodifiableMap(copy);
    }

    /** An export to fill kind by kind. */
    public static SubjectExport of(String section) {
        return new SubjectExport(section, Map.of());
    }

    /** This export with one more kind of records. */
    public SubjectExport with(String kind, List<? extends Record> list) {
        var copy = new LinkedHashMap<>(records);
        copy.put(kind, list);
        return new SubjectExport(section, copy);
    }

    /** Whether the holder keeps nothing about the person. */
    public boolean isEmpty() {
        return records.isEmpty();
    }
}
