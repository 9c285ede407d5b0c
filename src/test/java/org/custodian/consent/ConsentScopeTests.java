package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.custodian.register.ActivityInformation;
import org.custodian.register.ActivityView;
import org.custodian.register.LegalBasis;
import org.custodian.register.LegalBasisView;
import org.custodian.register.LocalizedText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentScopeTests {

    private final ConsentScope scope = ConsentScope.of(List.of(
            activity("PROSPECTING", LegalBasis.CONSENT, LegalBasis.LEGITIMATE_INTEREST),
            activity("UNPAID_EXCLUSION", LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTEREST)));

    @Test
    @DisplayName("PRO-1 an activity whose bases include consent can be consented to on every channel")
    void consentBasis() {
        assertThat(scope.covers("PROSPECTING", Channel.POST)).isTrue();
        assertThat(scope.covers("PROSPECTING", Channel.EMAIL)).isTrue();
    }

    @Test
    @DisplayName("PRO-1 001 §4 the exclusion of bad payers rests on the contract: no consent to it")
    void noConsentBasis() {
        assertThat(scope.covers("UNPAID_EXCLUSION")).isFalse();
        assertThat(scope.covers("UNPAID_EXCLUSION", Channel.POST)).isFalse();
    }

    @Test
    @DisplayName("PRO-7 000 §6 partners' electronic prospecting takes consent, their postal prospecting an objection")
    void partners() {
        assertThat(scope.covers(ConsentLedger.PARTNER_TRANSMISSION, Channel.EMAIL)).isTrue();
        assertThat(scope.covers(ConsentLedger.PARTNER_TRANSMISSION, Channel.POST)).isFalse();
    }

    @Test
    @DisplayName("PRO-1 an activity the register does not hold cannot be consented to")
    void unknown() {
        assertThat(scope.purposes()).containsExactly("PROSPECTING", ConsentLedger.PARTNER_TRANSMISSION);
    }

    private static ActivityView activity(String code, LegalBasis... bases) {
        var name = new LocalizedText(code, code);
        return new ActivityView(code, name, name, "000", List.of(), Arrays.stream(bases)
                .map(basis -> new LegalBasisView(basis, null, List.of(), null)).toList(), List.of(), List.of(),
                List.of(), 1, Instant.EPOCH, "system", List.of(), List.of(),
                new ActivityInformation(null, null, false, null, null, true, null));
    }
}
