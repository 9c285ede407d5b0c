package org.custodian.prospecting;

import static org.custodian.prospecting.EligibilityDecision.evidenceOf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.custodian.consent.ConsentStatus;
import org.custodian.prospecting.ProspectFacts.ConsentFact;

/**
 * PRO-2, DSR-5 — an objection or a withdrawal always excludes; 000 §9: «Consideration of the opposition request in
 * such a case must however be systematic if it relates to data subject to commercial prospecting processing.»
 */
final class OppositionPrevails {

    private OppositionPrevails() {
    }

    /** Excluded when the person's latest word on prospecting by this channel is an objection or a withdrawal. */
    static Optional<EligibilityDecision> decide(ConsentFact consent, ZoneId zone) {
        if (consent == null) {
            return Optional.empty();
        }
        var day = LocalDate.ofInstant(consent.at(), zone);
        if (consent.status() == ConsentStatus.OBJECTED) {
            return Optional.of(EligibilityDecision.excluded(EligibilityRule.OPPOSITION,
                    "prospecting.reason.objected", evidenceOf("oppositionId", consent.id(), "oppositionDate",
                            consent.at()), day));
        }
        if (consent.status() == ConsentStatus.WITHDRAWN) {
            return Optional.of(EligibilityDecision.excluded(EligibilityRule.OPPOSITION,
                    "prospecting.reason.withdrawn", evidenceOf("withdrawalId", consent.id(), "oppositionDate",
                            consent.at()), day));
        }
        return Optional.empty();
    }
}
