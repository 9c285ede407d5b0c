package org.custodian.prospecting;

import static org.custodian.prospecting.EligibilityDecision.evidenceOf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.custodian.prospecting.ProspectFacts.RestrictionFact;

/**
 * DSR-5 — a restriction is «a freeze that every processing honours: campaigns, exports, exclusions»; 000 §9: «right to
 * limit processing (for example: when the person disputes the accuracy of their data, they can ask the organization to
 * temporarily freeze the processing of their data while it carries out the necessary checks)».
 */
final class RestrictionPrevails {

    private RestrictionPrevails() {
    }

    static Optional<EligibilityDecision> decide(RestrictionFact restriction, ZoneId zone) {
        if (restriction == null) {
            return Optional.empty();
        }
        return Optional.of(EligibilityDecision.excluded(EligibilityRule.RESTRICTION, "prospecting.reason.restricted",
                evidenceOf("restrictionId", restriction.id(), "restrictedSince", restriction.since()),
                LocalDate.ofInstant(restriction.since(), zone)));
    }
}
