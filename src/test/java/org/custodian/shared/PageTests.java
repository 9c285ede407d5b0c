package org.custodian.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageTests {

    @Test
    @DisplayName("CON-1 a numbered pager shows the first and last pages and the current one's neighbours, gaps as -1")
    void numbersPagesAroundTheCurrentOne() {
        var page = new Page<>(List.of("x"), 5, 10, 200);

        assertThat(page.pageNumbers()).containsExactly(0, -1, 3, 4, 5, 6, 7, -1, 19);
    }

    @Test
    @DisplayName("CON-1 a short list numbers every page")
    void numbersEveryPageOfAShortList() {
        assertThat(new Page<>(List.of("x"), 0, 10, 30).pageNumbers()).containsExactly(0, 1, 2);
    }

    @Test
    @DisplayName("CON-1 past a capped count the pager has no last page, only a gap, and a next page")
    void cappedCountHasNoLastPage() {
        var page = new Page<>(List.of("x"), 0, 25, 1_000, true);

        assertThat(page.pageNumbers()).containsExactly(0, 1, 2, -1);
        assertThat(page.hasNext()).isTrue();
    }
}
