package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PRO-2 (issue 9 §2): the postcode and department the audience's postcode filter compares. */
class FrenchPostcodeTests {

    @Test
    @DisplayName("PRO-2 the postcode is the last group of five digits of the address, the street number aside")
    void postcodeOfAnAddress() {
        assertThat(FrenchPostcode.of("12 rue de la Paix, 75002 Paris")).isEqualTo(new FrenchPostcode("75002", "75"));
        assertThat(FrenchPostcode.of("12345 route des Crêtes, BP 4, 69003 Lyon Cedex"))
                .isEqualTo(new FrenchPostcode("69003", "69"));
        assertThat(FrenchPostcode.of("Tél. 0612345678, Paris")).isNull();
        assertThat(FrenchPostcode.of(null)).isNull();
    }

    @Test
    @DisplayName("PRO-2 Corsica is 2A below 20200 and 2B from it; overseas departments have three digits")
    void corsicaAndOverseas() {
        assertThat(FrenchPostcode.of("20090 Ajaccio").department()).isEqualTo("2A");
        assertThat(FrenchPostcode.of("20200 Bastia").department()).isEqualTo("2B");
        assertThat(FrenchPostcode.of("97400 Saint-Denis").department()).isEqualTo("974");
    }

    @Test
    @DisplayName("PRO-2 CON-4 a filter's prefix is digits or a Corsican department, nothing else")
    void prefixes() {
        assertThat(FrenchPostcode.prefix(" 2a ")).isEqualTo("2A");
        assertThat(FrenchPostcode.isCorsica("2B")).isTrue();
        assertThat(FrenchPostcode.isCorsica("20")).isFalse();
        assertThat(FrenchPostcode.prefix("974")).isEqualTo("974");
        assertThatThrownBy(() -> FrenchPostcode.prefix("75%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrenchPostcode.prefix("123456")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("PRO-2 the words a professional's relevance compares are kept between spaces, as ProfessionWords makes them")
    void professionWordsBetweenSpaces() {
        assertThat(ProspectKeys.professionWords("Responsable des Achats", "Restauration collective"))
                .isEqualTo(" responsable achat restauration collective ");
        assertThat(ProspectKeys.professionWords(null, " - ")).isNull();
    }
}
