package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RET-1, PRO-6 (issue 11 §4): the day of collection and the last contact from the person, stated from an old file. */
class PersonDatesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final FreeTextReview CLEAN = new FreeTextReview(List.of(), List.of());

    private static PersonData prospect(LocalDate collectedAt, LocalDate lastContactAt) {
        return new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Dupont", null, null, null, null, null,
                null, null, null, null, null).withDates(collectedAt, lastContactAt);
    }

    private static List<String> rules(PersonData data) {
        return PersonRules.check(data, TODAY, CLEAN).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    @DisplayName("RET-1 CON-1 a collection and a last contact years ago, or today, are accepted")
    void acceptsPastDays() {
        assertThat(rules(prospect(LocalDate.of(2015, 6, 1), LocalDate.of(2019, 2, 3)))).isEmpty();
        assertThat(rules(prospect(TODAY, TODAY))).isEmpty();
    }

    @Test
    @DisplayName("RET-1 a day of collection in the future is refused")
    void refusesFutureCollection() {
        assertThat(rules(prospect(TODAY.plusDays(1), null))).containsExactly("collectedAt:notFuture");
    }

    @Test
    @DisplayName("PRO-6 a last contact in the future is refused")
    void refusesFutureContact() {
        assertThat(rules(prospect(TODAY.minusYears(1), TODAY.plusDays(1)))).containsExactly("lastContactAt:notFuture");
    }

    @Test
    @DisplayName("PRO-6 a last contact before the collection is refused")
    void refusesContactBeforeCollection() {
        assertThat(rules(prospect(TODAY.minusYears(1), TODAY.minusYears(2))))
                .containsExactly("lastContactAt:contactBeforeCollection");
    }

    @Test
    @DisplayName("RET-1 a new person whose collection is not stated was collected today; a stated day is kept")
    void newPersonCollectedToday() {
        assertThat(Persons.collectedByDefaultToday(prospect(null, null), TODAY).collectedAt()).isEqualTo(TODAY);
        assertThat(Persons.collectedByDefaultToday(prospect(TODAY.minusYears(4), null), TODAY).collectedAt())
                .isEqualTo(TODAY.minusYears(4));
    }

    @Test
    @DisplayName("RET-1 PRO-6 a write that does not state the days keeps the stored ones; a stated day replaces it")
    void unstatedDaysAreKept() {
        var stored = prospect(LocalDate.of(2020, 1, 2), LocalDate.of(2022, 3, 4));

        assertThat(Persons.keepingUnstatedDates(prospect(null, null), stored)).isEqualTo(stored);
        var stated = Persons.keepingUnstatedDates(prospect(LocalDate.of(2019, 5, 6), LocalDate.of(2021, 7, 8)), stored);
        assertThat(stated.collectedAt()).isEqualTo(LocalDate.of(2019, 5, 6));
        assertThat(stated.lastContactAt()).isEqualTo(LocalDate.of(2021, 7, 8));
    }

    @Test
    @DisplayName("CON-9 PRO-6 a match keeps the stored collection and only raises the last contact")
    void matchRaisesTheLastContactOnly() {
        var stored = prospect(LocalDate.of(2020, 1, 2), LocalDate.of(2022, 3, 4));

        var later = DuplicatePolicy.complete(stored, prospect(LocalDate.of(2018, 1, 1), LocalDate.of(2023, 1, 1)));
        assertThat(later.collectedAt()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(later.lastContactAt()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(DuplicatePolicy.complete(stored, prospect(TODAY, LocalDate.of(2021, 1, 1)))).isEqualTo(stored);
        assertThat(DuplicatePolicy.complete(prospect(TODAY, null), prospect(TODAY, LocalDate.of(2021, 1, 1)))
                .lastContactAt()).isEqualTo(LocalDate.of(2021, 1, 1));
    }
}
