package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed 000, § 7: "three years from the end of the commercial relationship (for example, at from a purchase, the expiry
 * date of a warranty, the end of a service contract or the last contact from the customer)".
 */
class CommercialRelationshipEndTests {

    private static final PersonId PERSON = new PersonId(UUID.randomUUID());

    private static Purchase purchase(LocalDate date, LocalDate warrantyEnd, LocalDate contractEnd) {
        return new Purchase(UUID.randomUUID(), PERSON, date, "JARDIN", warrantyEnd, contractEnd, true, true, false,
                Instant.EPOCH, "test");
    }

    @Test
    @DisplayName("PRO-6 RET \"from a purchase\": a customer's last purchase ends the relationship")
    void fromAPurchase() {
        var purchases = List.of(purchase(LocalDate.of(2023, 5, 1), null, null),
                purchase(LocalDate.of(2024, 9, 12), null, null));

        assertThat(CommercialRelationshipEnd.of(purchases, null)).contains(LocalDate.of(2024, 9, 12));
    }

    @Test
    @DisplayName("PRO-6 RET \"the expiry date of a warranty\": a warranty running after the purchase moves the end")
    void theExpiryDateOfAWarranty() {
        var purchases = List.of(purchase(LocalDate.of(2024, 9, 12), LocalDate.of(2026, 9, 12), null));

        assertThat(CommercialRelationshipEnd.of(purchases, null)).contains(LocalDate.of(2026, 9, 12));
    }

    @Test
    @DisplayName("PRO-6 RET \"the end of a service contract\": the contract's end moves the end")
    void theEndOfAServiceContract() {
        var purchases = List.of(purchase(LocalDate.of(2022, 1, 10), LocalDate.of(2024, 1, 10), LocalDate.of(2025, 1, 9)),
                purchase(LocalDate.of(2024, 3, 1), null, null));

        assertThat(CommercialRelationshipEnd.of(purchases, null)).contains(LocalDate.of(2025, 1, 9));
    }

    @Test
    @DisplayName("PRO-6 RET \"the last contact from the customer\": a later contact moves the end")
    void theLastContactFromTheCustomer() {
        var purchases = List.of(purchase(LocalDate.of(2023, 5, 1), LocalDate.of(2025, 5, 1), null));

        assertThat(CommercialRelationshipEnd.of(purchases, LocalDate.of(2025, 11, 3)))
                .contains(LocalDate.of(2025, 11, 3));
        assertThat(CommercialRelationshipEnd.of(purchases, LocalDate.of(2024, 1, 3)))
                .contains(LocalDate.of(2025, 5, 1));
    }

    @Test
    @DisplayName("PRO-6 RET the end is the latest of the four dates, any of which may be absent; none gives no end")
    void latestOfTheFour() {
        assertThat(CommercialRelationshipEnd.latest(LocalDate.of(2024, 1, 1), null, LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 3, 1))).contains(LocalDate.of(2024, 6, 1));
        assertThat(CommercialRelationshipEnd.latest(null, null, null, null)).isEmpty();
        assertThat(CommercialRelationshipEnd.of(List.of(), null)).isEmpty();
        assertThat(CommercialRelationshipEnd.of(List.of(), LocalDate.of(2024, 2, 2))).contains(LocalDate.of(2024, 2, 2));
    }

    @Test
    @DisplayName("PRO-6 RET \"a period of three years from the end of the commercial relationship\"")
    void threeYearsFromTheEnd() {
        assertThat(CommercialRelationshipEnd.prospectingUntil(LocalDate.of(2024, 2, 29)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(CommercialRelationshipEnd.prospectingUntil(LocalDate.of(2025, 11, 3)))
                .isEqualTo(LocalDate.of(2028, 11, 3));
    }
}
