package org.custodian.register;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change of an activity's values. The legal bases and retention rules are given row by row, in the order of
 * {@link ActivityView}; every change to a preloaded value needs a written justification (REG-1). A field left out
 * (null) keeps the activity's value; an empty text clears it.
 *
 * @param nameFr         short name in French
 * @param nameEn         short name in English
 * @param descriptionFr  purpose in French
 * @param descriptionEn  purpose in English
 * @param legalBases     one entry per legal basis row
 * @param retentionRules one entry per retention rule
 * @param justification  why the company deviates from the standard
 * @param legitimateInterestFr the interests pursued where legitimate interest is a basis (Art. 13(1)(d)), French
 * @param legitimateInterestEn the same in English
 * @param provisionFr    whether giving the data is required and what happens if not (Art. 13(2)(e)), French
 * @param provisionEn    the same in English
 * @param automatedDecision whether a decision is taken by automated means alone (Art. 13(2)(f), Art. 22)
 * @param automatedLogicFr the logic involved and the right to human intervention, French
 * @param automatedLogicEn the same in English
 * @param dataSourceFr   where data not collected from the person comes from (Art. 14(2)(f)), French
 * @param dataSourceEn   the same in English
 * @param subjects       the codes of the categories of data subjects (Art. 30(1)(c)); null keeps the activity's
 * @param indirectSubjects among them, those whose data is collected from a third party
 * @param sensitiveData  whether the activity processes sensitive data because the goods themselves imply it (000 §5)
 * @param sensitiveJustification why, kept with the category; required with {@code sensitiveData}
 */
public record ActivityChange(
        @NotBlank(message = "{register.activity.name.required}") @Size(max = 200, message = "{validation.tooLong}") String nameFr,
        @NotBlank(message = "{register.activity.name.required}") @Size(max = 200, message = "{validation.tooLong}") String nameEn,
        @NotBlank(message = "{register.activity.description.required}") @Size(max = 2000, message = "{validation.tooLong}") String descriptionFr,
        @NotBlank(message = "{register.activity.description.required}") @Size(max = 2000, message = "{validation.tooLong}") String descriptionEn,
        @Valid List<BasisRow> legalBases,
        @Valid List<RetentionRow> retentionRules,
        @NotBlank(message = "{register.activity.justification.required}") @Size(max = 2000, message = "{validation.tooLong}") String justification,
        @Size(max = 2000, message = "{validation.tooLong}") String legitimateInterestFr,
        @Size(max = 2000, message = "{validation.tooLong}") String legitimateInterestEn,
        @Size(max = 2000, message = "{validation.tooLong}") String provisionFr,
        @Size(max = 2000, message = "{validation.tooLong}") String provisionEn,
        Boolean automatedDecision,
        @Size(max = 2000, message = "{validation.tooLong}") String automatedLogicFr,
        @Size(max = 2000, message = "{validation.tooLong}") String automatedLogicEn,
        @Size(max = 2000, message = "{validation.tooLong}") String dataSourceFr,
        @Size(max = 2000, message = "{validation.tooLong}") String dataSourceEn,
        List<@Pattern(regexp = "[A-Z_]{1,40}", message = "{register.activity.subject.invalid}") String> subjects,
        List<String> indirectSubjects,
        Boolean sensitiveData,
        @Size(max = 1000, message = "{validation.tooLong}") String sensitiveJustification) {

    /**
     * This change with every field it leaves out (null) taken from the activity as it is: the screen sends them all,
     * a partial request changes only what it names.
     */
    ActivityChange keepingUnset(ActivityView activity) {
        var information = activity.information();
        var sensitive = activity.dataCategories().stream().filter(DataCategoryView::sensitive).findFirst();
        return new ActivityChange(nameFr, nameEn, descriptionFr, descriptionEn, legalBases, retentionRules,
                justification, or(legitimateInterestFr, information.legitimateInterest().fr()),
                or(legitimateInterestEn, information.legitimateInterest().en()),
                or(provisionFr, information.provision().fr()), or(provisionEn, information.provision().en()),
                or(automatedDecision, information.automatedDecision()),
                or(automatedLogicFr, information.automatedLogic().fr()),
                or(automatedLogicEn, information.automatedLogic().en()),
                or(dataSourceFr, information.dataSource().fr()), or(dataSourceEn, information.dataSource().en()),
                subjects, indirectSubjects, or(sensitiveData, sensitive.isPresent()),
                or(sensitiveJustification, sensitive.map(category -> category.note().fr()).orElse(null)));
    }

    private static <T> T or(T value, T current) {
        return value == null ? current : value;
    }

    /**
     * 000 §5: sensitive data is an opt-in the DPO justifies in writing.
     */
    @AssertTrue(message = "{register.activity.sensitive.justification}")
    public boolean isSensitiveJustified() {
        return !Boolean.TRUE.equals(sensitiveData) || sensitiveJustification != null && !sensitiveJustification.isBlank();
    }

    /**
     * A legal basis row.
     *
     * @param basis       the Art. 6 basis; null leaves the controller's choice open
     * @param conditionFr the case it applies to, in French
     * @param conditionEn the case it applies to, in English
     */
    public record BasisRow(LegalBasis basis,
            @Size(max = 1000, message = "{validation.tooLong}") String conditionFr,
            @Size(max = 1000, message = "{validation.tooLong}") String conditionEn) {
    }

    /**
     * A retention rule row, its period chosen as a number and a unit (RET-1) and stored as ISO-8601; when it ends in
     * the intermediate archive, the archive's period, start, reason and end (RET-2). A row that does not archive
     * keeps no archive stage, whatever the form sent. {@link NoIndefiniteRetention} checks it.
     *
     * @param amount           the number of units; empty while the period is still to fix, ignored until the event
     * @param unit             years, months, days, hours, or until the event
     * @param trigger          the event it runs from
     * @param endAction        what happens at the end
     * @param archiveAmount    the number of units the archive lasts
     * @param archiveUnit      the unit of the archive period
     * @param archiveTrigger   the event the archive period runs from
     * @param archiveEndAction what happens at the end of the archive: deletion or anonymisation
     * @param archiveCondition why the data is archived rather than deleted
     */
    @ValidRetentionRow
    public record RetentionRow(
            Integer amount,
            @NotNull(message = "{register.retention.unit.required}") RetentionUnit unit,
            @NotNull(message = "{register.retention.trigger.required}") RetentionTrigger trigger,
            @NotNull(message = "{register.retention.endAction.required}") EndAction endAction,
            Integer archiveAmount,
            RetentionUnit archiveUnit,
            ArchiveTrigger archiveTrigger,
            EndAction archiveEndAction,
            ArchiveCondition archiveCondition) {

        public RetentionRow {
            if (endAction != EndAction.ARCHIVE) {
                archiveAmount = null;
                archiveUnit = null;
                archiveTrigger = null;
                archiveEndAction = null;
                archiveCondition = null;
            }
        }

        /**
         * The row of a stored rule: its ISO-8601 periods ({@code P3Y}, {@code PT48H}, {@code P0D}, or null when not
         * fixed) said as a number and a unit.
         */
        public static RetentionRow of(RetentionRuleView rule) {
            var period = Chosen.of(rule.duration());
            var archive = Chosen.of(rule.archiveDuration());
            return new RetentionRow(period.amount(), period.unit(), rule.trigger(), rule.endAction(), archive.amount(),
                    archive.unit(), rule.archiveTrigger(), rule.archiveEndAction(), rule.archiveCondition());
        }

        /**
         * The ISO-8601 period stored for this row; null when it is still to fix.
         */
        public String duration() {
            return unit == null ? null : unit.iso(amount);
        }

        /**
         * The ISO-8601 period of the archive; null when the row does not archive or gives no period.
         */
        public String archiveDuration() {
            return archiveUnit == null ? null : archiveUnit.iso(archiveAmount);
        }
    }

    /**
     * A stored period said as the number and unit it was chosen in.
     */
    private record Chosen(Integer amount, RetentionUnit unit) {

        static Chosen of(String duration) {
            var amount = RetentionPeriods.parse(duration);
            if (amount instanceof Duration hours) {
                return new Chosen(Math.toIntExact(hours.toHours()), RetentionUnit.HOURS);
            }
            if (!(amount instanceof Period period)) {
                return new Chosen(null, RetentionUnit.YEARS);
            }
            if (period.isZero()) {
                return new Chosen(null, RetentionUnit.UNTIL_EVENT);
            }
            // Only a mixed period with days (which neither this form nor the preload writes) needs 30-day months.
            if (period.getDays() != 0) {
                return new Chosen(Math.toIntExact(period.toTotalMonths() * 30 + period.getDays()), RetentionUnit.DAYS);
            }
            if (period.getMonths() != 0) {
                return new Chosen(Math.toIntExact(period.toTotalMonths()), RetentionUnit.MONTHS);
            }
            return new Chosen(period.getYears(), RetentionUnit.YEARS);
        }
    }
}
