package org.custodian.prospecting;

import static org.custodian.prospecting.EligibilityDecision.evidenceOf;

import java.util.Set;

/**
 * PRO-2, professionals — seed 003 (NESTOR): «l'exemption au consentement pour la prospection commerciale par e-mail à
 * destination de professionnels (B to B) est considérée comme valable uniquement lorsque (i) l'objet de la
 * sollicitation est en rapport avec la profession de la personne démarchée, (ii) que les personnes furent informées et
 * (iii) qu'elles sont en mesure de s'opposer à l'utilisation de leurs coordonnées.» The relation is read from the job
 * title and the sector against the professions and sectors the campaign names ({@link ProfessionWords}).
 */
final class ProfessionalRelevance {

    private ProfessionalRelevance() {
    }

    /** Eligible when the campaign relates to the person's profession and they were informed and could object. */
    static EligibilityDecision decide(ProspectFacts facts, CampaignTerms terms) {
        Set<String> words = ProfessionWords.of(facts.jobTitle());
        words.addAll(ProfessionWords.of(facts.sector()));
        var profession = describe(facts);
        if (words.isEmpty()) {
            return EligibilityDecision.excluded(EligibilityRule.PROFESSIONAL_RELEVANCE,
                    "prospecting.reason.relevance.unknown", evidenceOf());
        }
        var match = ProfessionWords.firstMatch(terms.professions(), words);
        if (match == null) {
            return EligibilityDecision.excluded(EligibilityRule.PROFESSIONAL_RELEVANCE,
                    "prospecting.reason.relevance.unrelated", evidenceOf("jobTitle", facts.jobTitle(), "sector",
                            facts.sector(), "campaignProfessions", String.join(", ", terms.professions())),
                    profession);
        }
        if (!facts.oppositionOfferedAtCollection()) {
            return EligibilityDecision.excluded(EligibilityRule.PROFESSIONAL_RELEVANCE,
                    "prospecting.reason.relevance.notInformed", evidenceOf("matchedProfession", match));
        }
        return EligibilityDecision.eligible(EligibilityRule.PROFESSIONAL_RELEVANCE, "prospecting.reason.relevance",
                evidenceOf("matchedProfession", match, "jobTitle", facts.jobTitle(), "sector", facts.sector()),
                profession, match);
    }

    private static String describe(ProspectFacts facts) {
        if (facts.jobTitle() != null && facts.sector() != null) {
            return facts.jobTitle() + ", " + facts.sector();
        }
        return facts.jobTitle() != null ? facts.jobTitle() : facts.sector();
    }
}
