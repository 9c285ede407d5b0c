package org.custodian.register;

import java.util.ArrayList;
import java.util.List;

import org.custodian.shared.Violation;

/**
 * RET-1, RET-2 (001 §7 "en aucun cas … pour une durée indéfinie"; 000 §7 archive "for a reasonable period … within the limit of the applicable limitation period").
 *
 * <p>A retention row keeps nothing without an end: its period fits its unit; a row that ends in the intermediate
 * archive says why (a legal obligation or evidence — without one the data is deleted), for how long, from when, and
 * whether the archive ends in deletion or anonymisation, never in another archive.
 */
final class NoIndefiniteRetention {

    private NoIndefiniteRetention() {
    }

    /**
     * What is wrong with the row, one violation per field; empty when the row is acceptable.
     */
    static List<Violation> violations(ActivityChange.RetentionRow row) {
        var violations = new ArrayList<Violation>();
        if (row.unit() != null && !row.unit().accepts(row.amount())) {
            violations.add(violation("amount", "RET-1.bounds", "register.retention.amount.invalid." + row.unit()));
        }
        if (row.endAction() != EndAction.ARCHIVE) {
            return violations;
        }
        if (row.archiveCondition() == null) {
            violations.add(violation("archiveCondition", "RET-2.condition", "register.retention.archive.condition.required"));
        }
        if (row.archiveUnit() == null || row.archiveUnit() == RetentionUnit.UNTIL_EVENT || row.archiveAmount() == null) {
            violations.add(violation("archiveAmount", "RET-2.period", "register.retention.archive.amount.required"));
        }
        else if (!row.archiveUnit().accepts(row.archiveAmount())) {
            violations.add(violation("archiveAmount", "RET-1.bounds",
                    "register.retention.amount.invalid." + row.archiveUnit()));
        }
        if (row.archiveTrigger() == null) {
            violations.add(violation("archiveTrigger", "RET-2.start", "register.retention.archive.trigger.required"));
        }
        if (row.archiveEndAction() == null) {
            violations.add(violation("archiveEndAction", "RET-2.end", "register.retention.archive.endAction.required"));
        }
        else if (row.archiveEndAction() == EndAction.ARCHIVE) {
            violations.add(violation("archiveEndAction", "RET-2.end", "register.retention.archive.endAction.notArchive"));
        }
        return violations;
    }

    private static Violation violation(String field, String rule, String messageKey) {
        return new Violation(field, rule, messageKey, List.of());
    }
}
