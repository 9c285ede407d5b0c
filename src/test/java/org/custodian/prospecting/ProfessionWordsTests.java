package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProfessionWordsTests {

    @Test
    @DisplayName("PRO-2 words are compared without accents or case, little words and punctuation left out")
    void wordsAreNormalised() {
        assertThat(ProfessionWords.of("Responsable des ACHATS – Hôtellerie/Restauration"))
                .containsExactly("responsable", "achat", "hotellerie", "restauration");
    }

    @Test
    @DisplayName("PRO-2 a campaign's term matches when each of its words is among the person's, plural or not")
    void multiWordTermMatches() {
        var person = ProfessionWords.of("Directrice de la restauration collective");

        assertThat(ProfessionWords.firstMatch(List.of("Restaurations collectives"), person))
                .isEqualTo("Restaurations collectives");
    }

    @Test
    @DisplayName("PRO-2 a word of the term missing from the person's words is no match")
    void partialTermDoesNotMatch() {
        var person = ProfessionWords.of("Restauration rapide");

        assertThat(ProfessionWords.firstMatch(List.of("restauration collective"), person)).isNull();
    }

    @Test
    @DisplayName("PRO-2 an empty term matches nothing")
    void emptyTermMatchesNothing() {
        assertThat(ProfessionWords.firstMatch(List.of(" - "), ProfessionWords.of("Acheteur"))).isNull();
    }
}
