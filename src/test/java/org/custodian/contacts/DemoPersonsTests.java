package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoPersonsTests {

    private static List<PersonData> generate() {
        var random = new Random(20240501L);
        var persons = new ArrayList<PersonData>();
        for (var i = 1; i <= DemoPersons.COUNT; i++) {
            persons.add(DemoPersons.person(i, random));
        }
        return persons;
    }

    @Test
    @DisplayName("demo persons are the same on every start")
    void areDeterministic() {
        assertThat(generate()).isEqualTo(generate());
    }

    @Test
    @DisplayName("demo persons are fictitious and pass every rule (CON-1, CON-2, CON-5)")
    void areFictitiousAndValid() {
        var guard = new FreeTextGuard();
        assertThat(generate()).allSatisfy(person -> {
            assertThat(person.email()).matches(".+@example\\.(com|org)");
            assertThat(person.phone()).startsWith("+33 6 00 ");
            assertThat(PersonRules.check(person.normalised(), LocalDate.of(2026, 1, 1),
                    guard.review(person.notes()))).isEmpty();
        });
    }

    @Test
    @DisplayName("demo persons mix customers and prospects, consumers and professionals")
    void mixKinds() {
        var persons = generate();
        assertThat(persons).extracting(PersonData::type).contains(PersonType.CUSTOMER, PersonType.PROSPECT);
        assertThat(persons).extracting(PersonData::audience).contains(Audience.CONSUMER, Audience.PROFESSIONAL);
    }
}
