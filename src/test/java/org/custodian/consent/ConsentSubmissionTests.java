package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentSubmissionTests {

    @Test
    @DisplayName("PRO-1 an e-mail consent requested by staff must still be confirmed by the person")
    void staffEmailConsentNeedsDoubleOptIn() {
        assertThat(submission(Channel.EMAIL, ProofKind.STAFF).needsDoubleOptIn()).isTrue();
    }

    @Test
    @DisplayName("PRO-1 an SMS consent given to staff with a statement counts at once")
    void staffSmsConsentDoesNotNeedDoubleOptIn() {
        assertThat(submission(Channel.SMS, ProofKind.STAFF).needsDoubleOptIn()).isFalse();
    }

    @Test
    @DisplayName("PRO-1 an e-mail consent sent by a web shop must be confirmed by the person")
    void apiEmailConsentNeedsDoubleOptIn() {
        assertThat(submission(Channel.EMAIL, ProofKind.API).needsDoubleOptIn()).isTrue();
    }

    @Test
    @DisplayName("PRO-1 staff cannot record a consent without saying how it was given")
    void statementNeedsHow() {
        assertThatThrownBy(() -> new StaffStatement(null, "lettre du 12 novembre"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("PRO-1 staff cannot record a consent without the details of how it was given")
    void statementNeedsDetails() {
        assertThatThrownBy(() -> new StaffStatement(HowGiven.LETTER, "  "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("PRO-1 the ledger's source of a staff consent says how and gives the details")
    void statementSource() {
        assertThat(new StaffStatement(HowGiven.PHONE_CALL, " appel du 12/11 à 10 h ").source())
                .isEqualTo("Appel téléphonique : appel du 12/11 à 10 h");
    }

    private static ConsentSubmission submission(Channel channel, ProofKind proof) {
        return new ConsentSubmission(UUID.randomUUID(), "PROSPECTING", channel, "J'accepte.", "person-page", null,
                null, null, null, "demandé par camille au téléphone", proof, "a@example.org", Locale.FRENCH);
    }
}
