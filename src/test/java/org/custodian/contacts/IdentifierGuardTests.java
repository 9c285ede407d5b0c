package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.contacts.IdentifierGuard.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierGuardTests {

    @DisplayName("CON-2 refuses real test card numbers, grouped or not")
    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111111111111111", "5555-5555-5555-4444", "3782 822463 10005",
            "4970 1000 0000 0063"})
    void refusesCardNumbers(String value) {
        assertThat(IdentifierGuard.check(value)).contains(Kind.PAYMENT_CARD);
    }

    @DisplayName("CON-2 accepts digit runs that fail the Luhn check or are too short to be cards")
    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1112", "5555 5555 5555 4445", "123456789012", "9780201633610"})
    void acceptsNearMissCardNumbers(String value) {
        assertThat(IdentifierGuard.check(value)).isEmpty();
    }

    @DisplayName("CON-2 refuses a NIR whose key is right, with or without spaces")
    @ParameterizedTest
    @ValueSource(strings = {"1 85 05 78 006 084 91", "185057800608491", "2 90 12 19 004 123 67", "2 69 02 99 341 732 85"})
    void refusesNirs(String value) {
        assertThat(IdentifierGuard.check(value)).contains(Kind.SOCIAL_SECURITY_NUMBER);
    }

    @DisplayName("CON-2 refuses a Corsican NIR (2A/2B counted as 19/18 in the key)")
    @ParameterizedTest
    @ValueSource(strings = {"2 90 12 2A 004 123 67", "1 85 11 2B 012 345 08", "185112b01234508"})
    void refusesCorsicanNirs(String value) {
        assertThat(IdentifierGuard.check(value)).contains(Kind.SOCIAL_SECURITY_NUMBER);
    }

    @DisplayName("CON-2 accepts a NIR-shaped number whose key is wrong")
    @ParameterizedTest
    @ValueSource(strings = {"1 85 05 78 006 084 92", "2 90 12 2A 004 123 68", "185057800608400"})
    void acceptsNirWithWrongKey(String value) {
        assertThat(IdentifierGuard.check(value)).isEmpty();
    }

    @DisplayName("CON-2 refuses a French passport number")
    @ParameterizedTest
    @ValueSource(strings = {"18AB12345", "09cd54321"})
    void refusesPassportNumbers(String value) {
        assertThat(IdentifierGuard.check(value)).contains(Kind.PASSPORT);
    }

    @DisplayName("CON-2 refuses identity card numbers of the 1995 and 2021 formats")
    @ParameterizedTest
    @ValueSource(strings = {"880692310285", "1205 2A1 12345", "X4RTBPFW4", "T7K2M9X4P"})
    void refusesIdentityCardNumbers(String value) {
        assertThat(IdentifierGuard.check(value)).contains(Kind.IDENTITY_CARD);
    }

    @DisplayName("CON-2 accepts ordinary accounting codes and references")
    @ParameterizedTest
    @ValueSource(strings = {"ACC-2024-0042", "411DUPONT", "CLI000123", "C0001234", "FR-2023-00017", "411000123",
            "CUS-7K2M9X4P1Q", "881392310285", "order 4111", "WEB-18AB12345-1"})
    void acceptsOrdinaryCodes(String value) {
        assertThat(IdentifierGuard.check(value)).isEmpty();
    }

    @DisplayName("CON-2 refuses a card number grouped by dots or slashes")
    @ParameterizedTest
    @ValueSource(strings = {"4111.1111.1111.1111", "4111/1111/1111/1111", "5555.5555.5555.4444"})
    void refusesCardNumbersGroupedByDotsOrSlashes(String value) {
        assertThat(IdentifierGuard.check(value)).contains(Kind.PAYMENT_CARD);
    }

    @DisplayName("CON-2 suspects a NIR without its key, to be reviewed")
    @ParameterizedTest
    @ValueSource(strings = {"1 85 05 78 006 084", "1850578006084", "2 90 12 2A 004 123"})
    void suspectsNirWithoutKey(String value) {
        assertThat(IdentifierGuard.check(value)).isEmpty();
        assertThat(IdentifierGuard.suspect(value)).contains(IdentifierGuard.Suspicion.NIR_WITHOUT_KEY);
    }

    @DisplayName("CON-2 suspects a NIR with a wrong key (a mistyped NIR is still one), to be reviewed")
    @ParameterizedTest
    @ValueSource(strings = {"1 85 05 78 006 084 92", "2 90 12 2A 004 123 68", "185057800608400"})
    void suspectsNirWithWrongKey(String value) {
        assertThat(IdentifierGuard.suspect(value)).contains(IdentifierGuard.Suspicion.NIR_WRONG_KEY);
    }

    @DisplayName("CON-2 suspects 13–19 digits with a card issuer's prefix that fail the Luhn check")
    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1112", "5555-5555-5555-4445", "3782.822463.10006", "6011/1111/1111/1118"})
    void suspectsCardNumbersFailingLuhn(String value) {
        assertThat(IdentifierGuard.check(value)).isEmpty();
        assertThat(IdentifierGuard.suspect(value)).contains(IdentifierGuard.Suspicion.CARD_FAILING_LUHN);
    }

    @DisplayName("CON-2 suspects nothing in a barcode, an order number or an ordinary code")
    @ParameterizedTest
    @ValueSource(strings = {"9780201633610", "0012345678905", "ACC-2024-0042", "CMD-2024-000123", "123456789012"})
    void suspectsNothingOrdinary(String value) {
        assertThat(IdentifierGuard.suspect(value)).isEmpty();
    }

    @Test
    @DisplayName("CON-2 refuses driving licence numbers like identity documents: paper licence and since 2013")
    void refusesDrivingLicences() {
        assertThat(IdentifierGuard.check("13AA00002")).contains(Kind.PASSPORT);
        assertThat(IdentifierGuard.check("920375100123")).contains(Kind.IDENTITY_CARD);
    }
}
