package org.custodian.register;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change of an activity's values. The legal bases and retention rules are given row by row, in the order of
 * {@link ActivityView}; every change to a preloaded value needs a written justification (REG-1).
 *
 * @param nameFr         short name in French
 * @param nameEn         short name in English
 * @param descriptionFr  purpose in French
 * @param descriptionEn  purpose in English
 * @param legalBases     one entry per legal basis row
 * @param retentionRules one entry per retention rule
 * @param justification  why the company deviates from the standard
 */
public record ActivityChange(
        @NotBlank(message = "{register.activity.name.required}") @Size(max = 200, message = "{validation.tooLong}") String nameFr,
        @NotBlank(message = "{register.activity.name.required}") @Size(max = 200, message = "{validation.tooLong}") String nameEn,
        @NotBlank(message = "{register.activity.description.required}") @Size(max = 2000, message = "{validation.tooLong}") String descriptionFr,
        @NotBlank(message = "{register.activity.description.required}") @Size(max = 2000, message = "{validation.tooLong}") String descriptionEn,
        @Valid List<BasisRow> legalBases,
        @Valid List<RetentionRow> retentionRules,
        @NotBlank(message = "{register.activity.justification.required}") @Size(max = 2000, message = "{validation.tooLong}") String justification) {

    /**
     * A legal basis row.
     *
     * @param basis       the Art. 6 basis
     * @param conditionFr the case it applies to, in French
     * @param conditionEn the case it applies to, in English
     */
    public record BasisRow(@NotNull(message = "{register.activity.basis.required}") LegalBasis basis,
            @Size(max = 1000, message = "{validation.tooLong}") String conditionFr,
            @Size(max = 1000, message = "{validation.tooLong}") String conditionEn) {
    }

    /**
     * A retention rule row.
     *
     * @param duration  ISO-8601 period ({@code P3Y}, {@code P6M}, {@code PT48H}); empty when not fixed
     * @param trigger   the event it runs from
     * @param endAction what happens at the end
     */
    public record RetentionRow(
            @Pattern(regexp = RetentionPeriods.PATTERN, message = "{register.retention.duration.invalid}") String duration,
            @NotNull(message = "{register.retention.trigger.required}") RetentionTrigger trigger,
            @NotNull(message = "{register.retention.endAction.required}") EndAction endAction) {
    }
}
