package org.custodian.prospecting;

import static org.custodian.prospecting.EligibilityDecision.evidenceOf;

import java.time.LocalDate;
import java.time.ZoneId;

import org.custodian.consent.ConsentStatus;
import org.custodian.prospecting.ProspectFacts.ConsentFact;

/**
 * PRO-2 — CPCE L.34-5 as seed 003 quotes it: «Est interdite la prospection directe au moyen … d'un courrier
 * électronique utilisant, sous quelque forme que ce soit, les coordonnées d'une personne physique qui n'a pas exprimé
 * son consentement préalable à recevoir des prospections directes par ce moyen.» Only a consent confirmed as the ledger
 * records it counts (000 §4: «a positive and specific action by the person concerned»): an e-mail consent awaiting its
 * double opt-in, or imported without proof, does not.
 */
final class ConsumerConsent {

    private ConsumerConsent() {
    }

    /** Whether a prior, confirmed consent is on record. */
    static boolean given(ConsentFact consent) {
        return consent != null && consent.confirmed();
    }

    /** Eligible with the consent as evidence. */
    static EligibilityDecision eligible(ConsentFact consent, ZoneId zone) {
        return EligibilityDecision.eligible(EligibilityRule.CONSENT, "prospecting.reason.consent",
                evidenceOf("consentId", consent.id(), "consentDate", consent.at()),
                LocalDate.ofInstant(consent.at(), zone));
    }

    /** Excluded for want of a usable consent, saying what stands in its place. */
    static EligibilityDecision missing(ConsentFact consent, ZoneId zone) {
        if (consent != null && consent.status() == ConsentStatus.PENDING_CONFIRMATION) {
            return EligibilityDecision.excluded(EligibilityRule.CONSENT, "prospecting.reason.consent.pending",
                    evidenceOf("consentId", consent.id(), "consentDate", consent.at()),
                    LocalDate.ofInstant(consent.at(), zone));
        }
        if (consent != null && consent.status() == ConsentStatus.ACTIVE_WITHOUT_PROOF) {
            return EligibilityDecision.excluded(EligibilityRule.CONSENT, "prospecting.reason.consent.withoutProof",
                    evidenceOf("consentId", consent.id(), "consentDate", consent.at()),
                    LocalDate.ofInstant(consent.at(), zone));
        }
        return EligibilityDecision.excluded(EligibilityRule.CONSENT, "prospecting.reason.consent.missing",
                evidenceOf());
    }
}
