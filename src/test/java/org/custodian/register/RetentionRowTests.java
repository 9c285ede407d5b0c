package org.custodian.register;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.custodian.register.ActivityChange.RetentionRow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionRowTests {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static RetentionRow row(Integer amount, RetentionUnit unit) {
        return new RetentionRow(amount, unit, RetentionTrigger.LAST_CONTACT, EndAction.DELETE, null, null, null, null,
                null);
    }

    private static RetentionRow stored(String duration) {
        return RetentionRow.of(new RetentionRuleView("PROSPECTING", 1, null, duration, RetentionTrigger.LAST_CONTACT,
                EndAction.DELETE, null, null, null, null, null, null));
    }

    @Test
    @DisplayName("RET-1 a number and a unit are stored as the ISO-8601 period")
    void numberAndUnitMakeTheStoredPeriod() {
        assertThat(row(3, RetentionUnit.YEARS).duration()).isEqualTo("P3Y");
        assertThat(row(6, RetentionUnit.MONTHS).duration()).isEqualTo("P6M");
        assertThat(row(15, RetentionUnit.DAYS).duration()).isEqualTo("P15D");
        assertThat(row(48, RetentionUnit.HOURS).duration()).isEqualTo("PT48H");
    }

    @Test
    @DisplayName("RET-1 until the event takes no number; no number means the period is still to fix")
    void untilTheEventAndUnfixed() {
        assertThat(row(null, RetentionUnit.UNTIL_EVENT).duration()).isEqualTo("P0D");
        assertThat(row(4, RetentionUnit.UNTIL_EVENT).duration()).isEqualTo("P0D");
        assertThat(row(null, RetentionUnit.YEARS).duration()).isNull();
    }

    @Test
    @DisplayName("RET-1 a stored period is shown back as the number and unit it was chosen in")
    void storedPeriodIsShownAsNumberAndUnit() {
        assertThat(stored("P3Y")).isEqualTo(row(3, RetentionUnit.YEARS));
        assertThat(stored("P6M")).isEqualTo(row(6, RetentionUnit.MONTHS));
        assertThat(stored("P1Y6M")).isEqualTo(row(18, RetentionUnit.MONTHS));
        assertThat(stored("P2W")).isEqualTo(row(14, RetentionUnit.DAYS));
        assertThat(stored("PT48H")).isEqualTo(row(48, RetentionUnit.HOURS));
        assertThat(stored("P0D")).isEqualTo(row(null, RetentionUnit.UNTIL_EVENT));
        assertThat(stored(null)).isEqualTo(row(null, RetentionUnit.YEARS));
    }

    @Test
    @DisplayName("RET-1 the number is a whole number from 1 to a hundred years' worth, refused on the number field")
    void numberIsBounded() {
        assertThat(VALIDATOR.validate(row(100, RetentionUnit.YEARS))).isEmpty();
        assertThat(VALIDATOR.validate(row(1_200, RetentionUnit.MONTHS))).isEmpty();
        assertThat(VALIDATOR.validate(row(101, RetentionUnit.YEARS))).singleElement()
                .satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("amount"));
        assertThat(VALIDATOR.validate(row(0, RetentionUnit.DAYS))).hasSize(1);
        assertThat(VALIDATOR.validate(row(-3, RetentionUnit.MONTHS))).hasSize(1);
        assertThat(VALIDATOR.validate(row(876_001, RetentionUnit.HOURS))).hasSize(1);
    }
}
