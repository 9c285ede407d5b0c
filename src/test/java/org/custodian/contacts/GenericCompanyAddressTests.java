package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 (NESTOR): "si les données concernées ne permettent pas l’identification de personnes physiques (exemple :
 * coordonnées génériques de contacts de personnes morales non identifiantes), les règles afférentes au recueil
 * préalable du consentement ne sont pas applicables."
 */
class GenericCompanyAddressTests {

    private static final Set<String> LIST = GenericCompanyAddress.normalisedAll(
            List.of("contact", "info", "accueil", "commercial", "comptabilite"));

    @Test
    @DisplayName("PRO-2 \"coordonnées génériques de contacts de personnes morales\": contact@, info@, accueil@ are generic")
    void listedLocalParts() {
        assertThat(GenericCompanyAddress.of("contact@nestor.fr", false, LIST)).contains(GenericCompanyAddress.Basis.LISTED);
        assertThat(GenericCompanyAddress.isGeneric("info@acme.com", false, LIST)).isTrue();
        assertThat(GenericCompanyAddress.isGeneric("accueil@mairie.fr", false, LIST)).isTrue();
    }

    @Test
    @DisplayName("PRO-2 case does not hide a generic address; the list is kept without accents")
    void normalised() {
        assertThat(GenericCompanyAddress.isGeneric("  Contact@Nestor.FR ", false, LIST)).isTrue();
        assertThat(GenericCompanyAddress.isGeneric("COMPTABILITE@acme.fr", false, LIST)).isTrue();
        assertThat(LIST).contains("comptabilite");
    }

    @Test
    @DisplayName("PRO-2 \"personnes physiques\": a named person's address is not generic, even at the same company")
    void namedPersonIsNotGeneric() {
        assertThat(GenericCompanyAddress.isGeneric("marie.dupont@nestor.fr", false, LIST)).isFalse();
        assertThat(GenericCompanyAddress.isGeneric("contact.marie@nestor.fr", false, LIST)).isFalse();
        assertThat(GenericCompanyAddress.isGeneric("jean-info@nestor.fr", false, LIST)).isFalse();
    }

    @Test
    @DisplayName("PRO-2 staff's statement makes an address generic that the list does not know")
    void flaggedByStaff() {
        assertThat(GenericCompanyAddress.of("atelier@menuiserie.fr", true, LIST))
                .contains(GenericCompanyAddress.Basis.FLAGGED);
        assertThat(GenericCompanyAddress.of("atelier@menuiserie.fr", false, LIST)).isEmpty();
    }

    @Test
    @DisplayName("PRO-2 without an e-mail address there is nothing generic to say")
    void noAddress() {
        assertThat(GenericCompanyAddress.isGeneric(null, true, LIST)).isFalse();
        assertThat(GenericCompanyAddress.isGeneric(" ", false, LIST)).isFalse();
    }
}
