package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchiveTermsTests {

    @Test
    @DisplayName("RET-2 000 §7 a former customer's contracts stay in the archive for the limitation period, five years")
    void archiveLastsTheLimitationPeriod() {
        var terms = new ArchiveTerms(Period.ofYears(5), "EVIDENCE", "DELETE");

        assertThat(terms.until(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2031, 12, 3));
    }

    @Test
    @DisplayName("RET-2 001 §7 «en aucun cas … pour une durée indéfinie»: an archive without a period, a reason or an "
            + "end is refused")
    void refusesAnArchiveWithoutAnEnd() {
        assertThatThrownBy(() -> new ArchiveTerms(Period.ZERO, "EVIDENCE", "DELETE"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArchiveTerms(Period.ofYears(5), null, "DELETE"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ArchiveTerms(Period.ofYears(5), "EVIDENCE", null))
                .isInstanceOf(NullPointerException.class);
    }
}
