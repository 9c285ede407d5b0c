package org.custodian.shared.personaldata;

import java.util.List;
import java.util.Objects;

/**
 * What one holder's erasure did, in counts only (it is written to the audit log): rows deleted, rows anonymised,
 * and what was kept with its legal reason.
 *
 * @param section    the holder's section
 * @param erased     rows deleted by this call
 * @param anonymised rows stripped of identifying values by this call
 * @param kept       what is kept, with its reason and end date; declared again on a replay
 */
public record ErasureResult(String section, int erased, int anonymised, List<Kept> kept) {

    public ErasureResult {
        Objects.requireNonNull(section, "section");
        if (erased < 0 || anonymised < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
        kept = List.copyOf(kept);
    }

    /** A holder that had nothing (more) to erase and keeps nothing. */
    public static ErasureResult nothing(String section) {
        return new ErasureResult(section, 0, 0, List.of());
    }

    /** Whether this call changed nothing: the replay of an erasure already done. */
    public boolean changedNothing() {
        return erased == 0 && anonymised == 0;
    }

    /** The audit log's wording: counts and reasons, no personal data. */
    public String summary() {
        var text = new StringBuilder(section).append(": ").append(erased).append(" erased, ").append(anonymised)
                .append(" anonymised");
        for (var item : kept) {
            text.append("; kept ").append(item.what()).append(" (").append(item.legalReason()).append(") until ")
                    .append(item.until());
        }
        return text.toString();
    }
}
