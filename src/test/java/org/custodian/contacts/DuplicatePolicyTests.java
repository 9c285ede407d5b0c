package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DuplicatePolicyTests {

    @Test
    @DisplayName("CON-9 an import fills empty fields and never overwrites nor erases a filled one")
    void fillsEmptyFieldsOnly() {
        var stored = new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Martin", "Anne", "anne@example.fr",
                null, null, "1 rue de la Paix", null, null, "411MARTIN", null, "Préfère le courrier");
        var row = new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, Civility.MS, "MARTIN", null, "ANNE@example.fr",
                "0612345678", LocalDate.of(1980, 5, 1), null, null, null, "411OTHER", "REF-9", "Autre note");

        var merged = DuplicatePolicy.complete(stored, row);

        assertThat(merged).isEqualTo(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, Civility.MS, "Martin",
                "Anne", "anne@example.fr", "0612345678", LocalDate.of(1980, 5, 1), "1 rue de la Paix", null, null,
                "411MARTIN", "REF-9", "Préfère le courrier"));
    }

    @Test
    @DisplayName("CON-9 a prospect becomes a customer, never the reverse; the audience never changes")
    void typeAndAudience() {
        var prospect = new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Martin", null, null, null, null,
                null, null, null, null, null, null);
        var customerRow = new PersonData(PersonType.CUSTOMER, Audience.PROFESSIONAL, null, "Martin", null, null, null,
                null, null, "ACME", null, null, null, null);
        var customer = new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Martin", null, null, null, null,
                null, null, null, null, null, null);
        var prospectRow = new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Martin", null, null, null, null,
                null, null, null, null, null, null);

        assertThat(DuplicatePolicy.complete(prospect, customerRow).type()).isEqualTo(PersonType.CUSTOMER);
        assertThat(DuplicatePolicy.complete(prospect, customerRow).audience()).isEqualTo(Audience.CONSUMER);
        assertThat(DuplicatePolicy.complete(customer, prospectRow)).isEqualTo(customer);
    }
}
