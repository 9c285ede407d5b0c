package org.custodian.prospecting;

import static org.custodian.prospecting.EligibilityDecision.evidenceOf;

import java.util.Optional;

import org.custodian.contacts.Audience;
import org.custodian.contacts.GenericCompanyAddress;

/**
 * PRO-2 — seed 003 (NESTOR): «si les données concernées ne permettent pas l'identification de personnes physiques
 * (exemple : coordonnées génériques de contacts de personnes morales non identifiantes), les règles afférentes au
 * recueil préalable du consentement ne sont pas applicables.» A company's generic address ({@code contact@},
 * {@code info@} …, on the list the administrator keeps or marked by staff: {@link GenericCompanyAddress}) is outside
 * the consent rules; a consumer's address never is.
 */
final class GenericAddressRule {

    private GenericAddressRule() {
    }

    /** Eligible, outside the consent rules, when a professional's address identifies no one. */
    static Optional<EligibilityDecision> decide(ProspectFacts facts) {
        if (facts.audience() != Audience.PROFESSIONAL || facts.genericAddress() == null) {
            return Optional.empty();
        }
        var marked = facts.genericAddress() == GenericCompanyAddress.Basis.FLAGGED;
        return Optional.of(EligibilityDecision.eligible(EligibilityRule.GENERIC_ADDRESS,
                marked ? "prospecting.reason.generic.marked" : "prospecting.reason.generic.listed",
                evidenceOf("genericAddress", marked ? "marked" : "listed")));
    }
}
