package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import org.custodian.contacts.PersonType;
import org.custodian.prospecting.ProspectFacts.Purchase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 000 §7: customers "for a period of three years from the end of the commercial relationship (for example, at from a
 * purchase, the expiry date of a warranty, the end of a service contract or the last contact from the customer)";
 * a prospect "for a period of three years from their collection by the data controller or the last contact".
 */
class ProspectRetentionTests {

    private final ProspectRetention retention = new ProspectRetention(ProspectRetention.THREE_YEARS);

    @Test
    @DisplayName("PRO-6 a prospect collected 2 years and 11 months ago may still be canvassed")
    void prospectWithinThreeYears() {
        var facts = Facts.consumer();
        facts.collectedOn = Facts.TODAY.minusYears(3).plusMonths(1);

        assertThat(retention.decide(facts.build(), Facts.TODAY)).isEmpty();
    }

    @Test
    @DisplayName("PRO-6 a prospect collected three years ago to the day, without contact since, is excluded")
    void prospectAfterThreeYears() {
        var facts = Facts.consumer();
        facts.collectedOn = Facts.TODAY.minusYears(3);

        var decision = retention.decide(facts.build(), Facts.TODAY).orElseThrow();

        assertThat(decision.rule()).isEqualTo(EligibilityRule.RETENTION);
        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.retention.prospect");
        assertThat(decision.reasonArguments()).containsExactly(Facts.TODAY.minusYears(3), 3L);
    }

    @Test
    @DisplayName("PRO-6 a click of the prospect (their last contact) starts the three years again")
    void lastContactRestartsTheClock() {
        var facts = Facts.consumer();
        facts.collectedOn = Facts.TODAY.minusYears(5);
        facts.lastContactOn = Facts.TODAY.minusYears(1);

        assertThat(retention.decide(facts.build(), Facts.TODAY)).isEmpty();
    }

    @Test
    @DisplayName("PRO-6 a customer whose last purchase ended 3 years ago is excluded, the purchase as evidence")
    void customerAfterTheRelationship() {
        var facts = Facts.consumer().customerOf("JARDIN", Facts.TODAY.minusYears(4).toString());

        var decision = retention.decide(facts.build(), Facts.TODAY).orElseThrow();

        assertThat(decision.reasonKey()).isEqualTo("prospecting.reason.retention.customer");
        assertThat(decision.evidence()).containsEntry("purchaseId", facts.purchases.get(0).id().toString());
    }

    @Test
    @DisplayName("PRO-6 the expiry of a warranty keeps the relationship going")
    void warrantyEndCounts() {
        var facts = Facts.consumer();
        facts.type = PersonType.CUSTOMER;
        facts.collectedOn = Facts.TODAY.minusYears(6);
        facts.purchases.add(new Purchase(UUID.randomUUID(), Facts.TODAY.minusYears(5), "LITERIE",
                Facts.TODAY.minusYears(1), null));

        assertThat(retention.decide(facts.build(), Facts.TODAY)).isEmpty();
    }

    @Test
    @DisplayName("PRO-6 the end of a service contract keeps the relationship going")
    void contractEndCounts() {
        var facts = Facts.consumer();
        facts.type = PersonType.CUSTOMER;
        facts.collectedOn = Facts.TODAY.minusYears(6);
        facts.purchases.add(new Purchase(UUID.randomUUID(), Facts.TODAY.minusYears(5), "ENTRETIEN", null,
                Facts.TODAY.minusMonths(2)));

        assertThat(retention.decide(facts.build(), Facts.TODAY)).isEmpty();
    }

    @Test
    @DisplayName("PRO-6 the period is a positive number of years")
    void periodIsValidated() {
        assertThatThrownBy(() -> new ProspectRetention(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProspectRetention(Period.ofMonths(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ProspectRetention(Period.ofYears(2)).decide(Facts.consumer().build(),
                LocalDate.parse("2026-06-15"))).isEmpty();
    }
}
