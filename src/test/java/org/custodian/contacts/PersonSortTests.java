package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonSortTests {

    @Test
    @DisplayName("CON-1 a sort parameter names a column and an optional direction")
    void readsColumnAndDirection() {
        assertThat(PersonSort.parse("lastName,desc")).isEqualTo(new PersonSort(PersonSort.Column.LAST_NAME, true));
        assertThat(PersonSort.parse("createdAt")).isEqualTo(new PersonSort(PersonSort.Column.CREATED_AT, false));
        assertThat(PersonSort.parse(" email , ASC ")).isEqualTo(new PersonSort(PersonSort.Column.EMAIL, false));
    }

    @Test
    @DisplayName("CON-1 an unknown or absent sort is the default order, by name")
    void unknownSortIsTheDefault() {
        assertThat(PersonSort.parse("birthDate,desc")).isEqualTo(PersonSort.DEFAULT);
        assertThat(PersonSort.parse(null)).isEqualTo(PersonSort.DEFAULT);
    }

    @Test
    @DisplayName("CON-1 a column header reverses its own order and sorts another column ascending")
    void togglesAColumn() {
        var byNameDown = PersonSort.DEFAULT.toggle(PersonSort.Column.LAST_NAME);

        assertThat(byNameDown.parameter()).isEqualTo("lastName,desc");
        assertThat(byNameDown.toggle(PersonSort.Column.UPDATED_AT).parameter()).isEqualTo("updatedAt,asc");
    }

    @Test
    @DisplayName("CON-1 ties are broken by id in the same direction, so that paging neither skips nor repeats")
    void breaksTiesById() {
        assertThat(PersonSort.parse("createdAt,desc").orderBy()).isEqualTo("created_at DESC, id DESC");
    }
}
