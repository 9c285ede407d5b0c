package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.contacts.PersonType;
import org.custodian.prospecting.ProspectFacts.SoftOptInEvidence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CPCE L.34-5 (seed 003): "la prospection directe par courrier électronique est autorisée si les coordonnées du
 * destinataire ont été recueillies directement auprès de lui [...] à l'occasion d'une vente ou d'une prestation de
 * services, si la prospection directe concerne des produits ou services analogues fournis par la même personne
 * physique ou morale, et si le destinataire se voit offrir [...] la possibilité de s'opposer [...] lorsque celles-ci
 * sont recueillies".
 */
class SoftOptInTests {

    private static SoftOptInEvidence evidence(boolean atSale, boolean offered, boolean opposed, boolean ours) {
        return new SoftOptInEvidence(UUID.randomUUID(), Facts.at("2026-03-02"), UUID.randomUUID(), "JARDIN", atSale,
                offered, opposed, ours);
    }

    private static Facts customerWith(SoftOptInEvidence evidence) {
        var facts = Facts.consumer();
        facts.type = PersonType.CUSTOMER;
        facts.softOptIns.add(evidence);
        return facts;
    }

    @Test
    @DisplayName("PRO-2 a customer, address collected at a sale, opposition offered and not exercised, same family: in")
    void holdsForTheSameFamily() {
        var facts = Facts.consumer().customerOf("JARDIN", "2026-03-02");

        var decision = SoftOptIn.decide(facts.build(), Facts.GARDEN, ZoneOffset.UTC).orElseThrow();

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.rule()).isEqualTo(EligibilityRule.SOFT_OPT_IN);
        assertThat(decision.evidence()).containsEntry("purchaseId", facts.purchases.get(0).id().toString())
                .containsEntry("softOptInId", facts.softOptIns.get(0).id().toString());
    }

    @Test
    @DisplayName("PRO-2 \"produits ou services analogues\": a campaign for another family is refused")
    void otherFamilyIsRefused() {
        var facts = Facts.consumer().customerOf("LITERIE", "2026-03-02");

        var decision = SoftOptIn.decide(facts.build(), Facts.GARDEN, ZoneOffset.UTC).orElseThrow();

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.softOptIn.otherFamily");
        assertThat(decision.reasonArguments()).containsExactly(new ProductFamilyNames(List.of("JARDIN")),
                new ProductFamilyNames(List.of("LITERIE")));
    }

    @Test
    @DisplayName("PRO-2 a campaign that names no product family cannot rest on the soft opt-in")
    void campaignWithoutFamilyIsRefused() {
        var facts = Facts.consumer().customerOf("JARDIN", "2026-03-02");
        var anything = new CampaignTerms(Channel.EMAIL, "PROSPECTING", null, List.of());

        assertThat(SoftOptIn.decide(facts.build(), anything, ZoneOffset.UTC).orElseThrow().reasonKey())
                .isEqualTo("prospecting.reason.softOptIn.noFamily");
    }

    @Test
    @DisplayName("PRO-2 a customer who objected at the sale is refused, the opposition's date as evidence")
    void opposedAtSaleIsRefused() {
        var facts = customerWith(evidence(true, true, true, true));

        var decision = SoftOptIn.decide(facts.build(), Facts.GARDEN, ZoneOffset.UTC).orElseThrow();

        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.softOptIn.opposed");
        assertThat(decision.evidence()).containsEntry("oppositionDate", "2026-03-02T10:00:00Z");
    }

    @Test
    @DisplayName("PRO-2 \"se voit offrir [...] la possibilité de s'opposer\": not offered, refused")
    void oppositionNotOfferedIsRefused() {
        var facts = customerWith(evidence(true, false, false, true));

        assertThat(SoftOptIn.decide(facts.build(), Facts.GARDEN, ZoneOffset.UTC).orElseThrow().reasonKey())
                .isEqualTo("prospecting.reason.softOptIn.notOffered");
    }

    @Test
    @DisplayName("PRO-2 \"à l'occasion d'une vente\": an address collected elsewhere is refused")
    void notCollectedAtSaleIsRefused() {
        var facts = customerWith(evidence(false, true, false, true));

        assertThat(SoftOptIn.decide(facts.build(), Facts.GARDEN, ZoneOffset.UTC).orElseThrow().reasonKey())
                .isEqualTo("prospecting.reason.softOptIn.notAtSale");
    }

    @Test
    @DisplayName("PRO-2 \"fournis par la même personne physique ou morale\": another organisation's sale is refused")
    void otherOrganisationIsRefused() {
        var facts = customerWith(evidence(true, true, false, false));

        assertThat(SoftOptIn.decide(facts.build(), Facts.GARDEN, ZoneOffset.UTC).orElseThrow().reasonKey())
                .isEqualTo("prospecting.reason.softOptIn.otherOrganisation");
    }

    @Test
    @DisplayName("PRO-2 the soft opt-in is for existing customers: a prospect is refused")
    void prospectIsRefused() {
        var facts = Facts.consumer();
        facts.softOptIns.add(evidence(true, true, false, true));

        assertThat(SoftOptIn.decide(facts.build(), Facts.GARDEN, ZoneOffset.UTC).orElseThrow().reasonKey())
                .isEqualTo("prospecting.reason.softOptIn.notCustomer");
    }

    @Test
    @DisplayName("PRO-2 without evidence from a sale the soft opt-in decides nothing")
    void noEvidenceDecidesNothing() {
        assertThat(SoftOptIn.decide(Facts.consumer().build(), Facts.GARDEN, ZoneOffset.UTC)).isEmpty();
    }
}
