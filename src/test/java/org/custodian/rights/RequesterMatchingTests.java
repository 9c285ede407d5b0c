package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.rights.RequesterMatching.Identity;
import org.custodian.rights.RequesterMatching.Match;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequesterMatchingTests {

    private static final Identity PERSON = new Identity("Marie.Dupont@Example.com", "+33 6 12 34 56 78", "Dupont-Léger",
            "Marie Ève", null, "3 rue des Lilas\n44000 Nantes");

    private static Identity requester(String email, String phone, String lastName, String firstNames, String postcode) {
        return new Identity(email, phone, lastName, firstNames, postcode, null);
    }

    @Test
    @DisplayName("DSR-1 the same e-mail address, case ignored, is a high-confidence candidate")
    void emailIsHigh() {
        assertThat(RequesterMatching.assess(requester("marie.dupont@example.com", null, null, null, null), PERSON))
                .contains(new Match(MatchedBy.EMAIL, Confidence.HIGH));
    }

    @Test
    @DisplayName("DSR-1 the same phone in national form is medium: a household may share it")
    void phoneIsMedium() {
        assertThat(RequesterMatching.assess(requester(null, "06.12.34.56.78", null, null, null), PERSON))
                .contains(new Match(MatchedBy.PHONE, Confidence.MEDIUM));
    }

    @Test
    @DisplayName("DSR-1 the same names, accents, case and hyphens ignored, with the postcode in the address are medium")
    void namesWithPostcodeAreMedium() {
        assertThat(RequesterMatching.assess(requester(null, null, "DUPONT LEGER", "marie-eve", "44 000"), PERSON))
                .contains(new Match(MatchedBy.NAME_POSTCODE, Confidence.MEDIUM));
    }

    @Test
    @DisplayName("DSR-1 the same names with another postcode or none are low: a namesake is possible")
    void namesAloneAreLow() {
        assertThat(RequesterMatching.assess(requester(null, null, "Dupont-Léger", "Marie Ève", "75011"), PERSON))
                .contains(new Match(MatchedBy.NAME, Confidence.LOW));
    }

    @Test
    @DisplayName("DSR-1 a last name alone, or other first names, point to nobody")
    void lastNameAloneIsNoCandidate() {
        assertThat(RequesterMatching.assess(requester(null, null, "Dupont-Léger", null, "44000"), PERSON)).isEmpty();
        assertThat(RequesterMatching.assess(requester(null, null, "Dupont-Léger", "Jeanne", "44000"), PERSON))
                .isEmpty();
    }
}
