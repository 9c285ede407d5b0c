package org.custodian.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A processing activity of the register (Art. 30 1.b-f), as the notices, retention and export read it.
 *
 * @param code           stable code (CONTRACT_MANAGEMENT, ..., UNPAID_EXCLUSION)
 * @param name           short name
 * @param description    the purpose as the standard states it
 * @param source         the standard and section it comes from, e.g. {@code 000 §3 a)}
 * @param purposes       the finer purposes of the standard's tables
 * @param legalBases     its legal bases, with their conditions
 * @param dataCategories the categories of data
 * @param recipients     the categories of recipients
 * @param retentionRules the retention rules
 * @param version        current version (1 = as preloaded)
 * @param updatedAt      last change
 * @param updatedBy      who made it
 * @param deviations     the values that differ from the preloaded standard
 * @param subjects       the categories of data subjects (Art. 30(1)(c))
 * @param information    what the notice says beyond bases, data, recipients and retention
 */
public record ActivityView(String code, LocalizedText name, LocalizedText description, String source,
        List<LocalizedText> purposes, List<LegalBasisView> legalBases, List<DataCategoryView> dataCategories,
        List<RecipientView> recipients, List<RetentionRuleView> retentionRules, int version, Instant updatedAt,
        String updatedBy, List<FieldChange> deviations, List<SubjectView> subjects, ActivityInformation information) {

    /**
     * Whether a retention rule still waits for the controller to fix its period.
     */
    public boolean hasUnfixedRetention() {
        return retentionRules.stream().anyMatch(rule -> !rule.isFixed());
    }

    /**
     * The distinct legal bases the controller chose, in order; a row still open counts for none.
     */
    public List<LegalBasis> bases() {
        return legalBases.stream().map(LegalBasisView::basis).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * Whether a legal basis row still waits for the controller's choice.
     */
    public boolean hasOpenBasis() {
        return legalBases.stream().anyMatch(LegalBasisView::isOpen);
    }

    /**
     * Whether some of its data subjects are not the source of their data (Art. 14).
     */
    public boolean hasIndirectSubjects() {
        return subjects.stream().anyMatch(SubjectView::indirect);
    }

    /**
     * Whether it processes a special category of data (Art. 9).
     */
    public boolean hasSensitiveData() {
        return dataCategories.stream().anyMatch(DataCategoryView::sensitive);
    }
}
