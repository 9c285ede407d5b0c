package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.custodian.consent.Channel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 (NESTOR): the B2B exemption holds "uniquement lorsque (i) l'objet de la sollicitation est en rapport avec
 * la profession de la personne démarchée, (ii) que les personnes furent informées et (iii) qu'elles sont en mesure de
 * s'opposer à l'utilisation de leurs coordonnées."
 */
class ProfessionalRelevanceTests {

    private static final CampaignTerms PURCHASING = new CampaignTerms(Channel.EMAIL, "PROSPECTING", "JARDIN",
            List.of("achats", "acheteur"));

    @Test
    @DisplayName("PRO-2 (i) a buyer canvassed about purchasing, informed and able to object: in, the matched term as evidence")
    void relatedProfessionIsIn() {
        var decision = ProfessionalRelevance.decide(Facts.professional("Acheteuse / Acheteur", null).build(),
                PURCHASING);

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.evidence()).containsEntry("matchedProfession", "acheteur");
    }

    @Test
    @DisplayName("PRO-2 (i) the sector counts as well as the job title")
    void sectorCounts() {
        var decision = ProfessionalRelevance.decide(Facts.professional("Directeur", "Service des achats").build(),
                PURCHASING);

        assertThat(decision.eligible()).isTrue();
    }

    @Test
    @DisplayName("PRO-2 (i) NESTOR: \"pas justifiée par le rapport entre l'objet de la sollicitation commerciale et la profession\"")
    void unrelatedProfessionIsOut() {
        var decision = ProfessionalRelevance.decide(Facts.professional("Développeur Java", "Informatique").build(),
                PURCHASING);

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.relevance.unrelated");
        assertThat(decision.reasonArguments()).containsExactly("Développeur Java, Informatique");
    }

    @Test
    @DisplayName("PRO-2 (i) without a job title or a sector nothing shows the relation: out")
    void unknownProfessionIsOut() {
        assertThat(ProfessionalRelevance.decide(Facts.professional(null, null).build(), PURCHASING).reasonKey())
                .isEqualTo("prospecting.reason.relevance.unknown");
    }

    @Test
    @DisplayName("PRO-2 (ii)(iii) a related professional who was not informed nor offered to object: out")
    void notInformedIsOut() {
        var facts = Facts.professional("Acheteur", null);
        facts.oppositionOffered = false;

        assertThat(ProfessionalRelevance.decide(facts.build(), PURCHASING).reasonKey())
                .isEqualTo("prospecting.reason.relevance.notInformed");
    }
}
