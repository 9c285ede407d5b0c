package org.custodian.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodian.shared.Violation;

/**
 * RET-5 — «Legal hold: a documented litigation hold suspends deletion of named records»: what makes a hold documented
 * (a reason, the staff member responsible, an end date or a review date, neither in the past, exactly one record
 * named) and whether it holds on a day. A hold holds until the end of its end date; past its review date it still
 * holds, but is due for review, since only a person may decide that a litigation is over.
 */
final class LegalHoldRule {

    static final int MAX_REASON = 2000;
    static final int MAX_OWNER = 200;

    private LegalHoldRule() {
    }

    /** Where a hold stands on {@code today}. */
    static LegalHoldState state(LocalDate endOn, LocalDate reviewOn, Instant releasedAt, LocalDate today) {
        if (releasedAt != null) {
            return LegalHoldState.RELEASED;
        }
        if (endOn != null && endOn.isBefore(today)) {
            return LegalHoldState.ENDED;
        }
        if (reviewOn != null && !reviewOn.isAfter(today)) {
            return LegalHoldState.REVIEW_DUE;
        }
        return LegalHoldState.IN_FORCE;
    }

    /** Every reason the hold cannot be placed as it stands, field by field; empty when it can. */
    static List<Violation> check(NewLegalHold hold, LocalDate today) {
        var violations = new ArrayList<Violation>();
        if (hold.personId() == null && hold.rightsRequestId() == null) {
            violations.add(InvalidLegalHold.violation("target", "required"));
        } else if (hold.personId() != null && hold.rightsRequestId() != null) {
            violations.add(InvalidLegalHold.violation("target", "onlyOne"));
        }
        text("reason", hold.reason(), MAX_REASON, true, violations);
        text("owner", hold.owner(), MAX_OWNER, false, violations);
        if (hold.endOn() == null && hold.reviewOn() == null) {
            violations.add(InvalidLegalHold.violation("endOn", "termRequired"));
        }
        if (hold.endOn() != null && hold.endOn().isBefore(today)) {
            violations.add(InvalidLegalHold.violation("endOn", "past"));
        }
        if (hold.reviewOn() != null && hold.reviewOn().isBefore(today)) {
            violations.add(InvalidLegalHold.violation("reviewOn", "past"));
        } else if (hold.reviewOn() != null && hold.endOn() != null && hold.reviewOn().isAfter(hold.endOn())) {
            violations.add(InvalidLegalHold.violation("reviewOn", "afterEnd"));
        }
        return violations;
    }

    /** Every reason a release cannot be recorded as it stands. */
    static List<Violation> checkRelease(String reason) {
        var violations = new ArrayList<Violation>();
        text("releaseReason", reason, MAX_REASON, true, violations);
        return violations;
    }

    private static void text(String field, String value, int max, boolean required, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(InvalidLegalHold.violation(field, "required"));
            }
        } else if (value.strip().length() > max) {
            violations.add(InvalidLegalHold.violation(field, "length", max));
        }
    }
}
