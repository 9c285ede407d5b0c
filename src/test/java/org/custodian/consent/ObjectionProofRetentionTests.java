package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.Period;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ObjectionProofRetentionTests {

    @Test
    @DisplayName("DSR-5 the proof of an objection is kept for the limitation period of five years from the statement "
            + "(000 §7: 'kept for the purposes of proof, within the limit of the applicable limitation period')")
    void keptFiveYearsFromTheStatement() {
        var retention = new ObjectionProofRetention(ObjectionProofRetention.LIMITATION_PERIOD);

        assertThat(retention.until(Instant.parse("2024-02-29T10:15:00Z")))
                .isEqualTo(Instant.parse("2029-02-28T10:15:00Z"));
        assertThat(retention.legalReason()).contains("limitation period", "CNIL standard on commercial management, § 7");
    }

    @Test
    @DisplayName("DSR-5 a proof that would not be kept at all is refused: the objection must stay provable")
    void refusesNoRetention() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ObjectionProofRetention(Period.ZERO));
    }
}
