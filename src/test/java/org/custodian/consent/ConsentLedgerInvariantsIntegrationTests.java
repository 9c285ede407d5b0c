package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.shared.Violation;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 7 §4: the ledger's invariants hold inside the facade, whichever module or screen calls it.
 */
@IntegrationTest
@WithMockUser(username = "camille", roles = "SUPPORT")
class ConsentLedgerInvariantsIntegrationTests {

    private static final StaffStatement LETTER = new StaffStatement(HowGiven.LETTER, "lettre du 3 mars");

    @Autowired
    ConsentLedger ledger;
    @Autowired
    Persons persons;

    UUID person;

    @BeforeEach
    void person() {
        person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Morel", "Léa",
                "lea-" + UUID.randomUUID() + "@example.org", "06 12 34 56 78", null, "3 rue Haute, 69001 Lyon", null,
                null, null, null, null)).id().value();
    }

    @Test
    @DisplayName("PRO-1 the ledger refuses an active postal consent to the unpaid-debt exclusion, which cannot rest "
            + "on consent")
    void unpaidExclusionIsNoConsentPurpose() {
        assertThatThrownBy(() -> ledger.recordGivenToStaff(person, "UNPAID_EXCLUSION", Channel.POST,
                "J'accepte d'être exclu.", LETTER))
                .isInstanceOfSatisfying(InvalidConsent.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(tuple("purpose", "PRO-1.consent-purpose")));
        assertThat(ledger.current(person)).isEmpty();
    }

    @Test
    @DisplayName("PRO-1 the ledger refuses a consent to a purpose the register does not know")
    void unknownPurposeRefused() {
        assertThatThrownBy(() -> ledger.submit(submission(person, "NO_SUCH_ACTIVITY", Channel.SMS, null)))
                .isInstanceOf(InvalidConsent.class);
        assertThat(ledger.current(person)).isEmpty();
    }

    @Test
    @DisplayName("PRO-1 PRO-7 the ledger refuses a consent to partners' postal prospecting, which takes an objection")
    void partnersByPostTakeAnObjection() {
        assertThatThrownBy(() -> ledger.recordGivenToStaff(person, ConsentLedger.PARTNER_TRANSMISSION, Channel.POST,
                "J'accepte.", LETTER))
                .isInstanceOfSatisfying(InvalidConsent.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("channel"));
        assertThat(ledger.recordObjection(submission(person, ConsentLedger.PARTNER_TRANSMISSION, Channel.POST, null)))
                .isEqualTo(ConsentStatus.OBJECTED);
    }

    @Test
    @DisplayName("PRO-1 the ledger records nothing about a person who is not on file, consent, objection or withdrawal")
    void unknownPersonRefused() {
        var nobody = UUID.randomUUID();

        assertThatThrownBy(() -> ledger.submit(submission(nobody, "PROSPECTING", Channel.SMS, null)))
                .isInstanceOfSatisfying(InvalidConsent.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("personId"));
        assertThatThrownBy(() -> ledger.recordObjection(submission(nobody, "PROSPECTING", Channel.POST, null)))
                .isInstanceOf(InvalidConsent.class);
        assertThatThrownBy(() -> ledger.withdraw(nobody, "PROSPECTING", Channel.SMS, "appel", null, null))
                .isInstanceOf(InvalidConsent.class);
        assertThat(ledger.current(nobody)).isEmpty();
    }

    @Test
    @DisplayName("PRO-1 the ledger refuses a proof whose IP address is not an address")
    void ipMustBeAnAddress() {
        assertThatThrownBy(() -> ledger.submit(submission(person, "PROSPECTING", Channel.SMS, "<script>")))
                .isInstanceOfSatisfying(InvalidConsent.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("ip"));
        assertThat(ledger.current(person)).isEmpty();
    }

    @Test
    @DisplayName("CON-10 PRO-1 an import's consents pass the same invariants: a batch with one to the exclusion of bad "
            + "payers records nothing")
    void importedConsentsChecked() {
        var good = new ConsentSubmission(person, "PROSPECTING", Channel.POST, "Ancien fichier", "import/test", null,
                null, null, null, "ancien fichier", ProofKind.IMPORT_WITHOUT_PROOF, null, Locale.FRENCH);
        var bad = new ConsentSubmission(person, "UNPAID_EXCLUSION", Channel.POST, "Ancien fichier", "import/test",
                null, null, null, null, "ancien fichier", ProofKind.IMPORT_WITHOUT_PROOF, null, Locale.FRENCH);

        assertThatThrownBy(() -> ledger.recordImported("test", List.of(good, bad))).isInstanceOf(InvalidConsent.class);
        assertThat(ledger.current(person)).isEmpty();
    }

    private static ConsentSubmission submission(UUID person, String purpose, Channel channel, String ip) {
        return new ConsentSubmission(person, purpose, channel, "Texte de la case.", "newsletter", 1, 1, ip, "agent",
                "https://boutique.example.com/lettre", ProofKind.FORM, null, Locale.FRENCH);
    }
}
