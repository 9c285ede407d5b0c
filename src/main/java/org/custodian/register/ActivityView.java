package org.custodian.register;

import java.time.Instant;
import java.util.List;

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
 */
public record ActivityView(String code, LocalizedText name, LocalizedText description, String source,
        List<LocalizedText> purposes, List<LegalBasisView> legalBases, List<DataCategoryView> dataCategories,
        List<RecipientView> recipients, List<RetentionRuleView> retentionRules, int version, Instant updatedAt,
        String updatedBy, List<FieldChange> deviations) {

    /**
     * Whether a retention rule still waits for the controller to fix its period.
     */
    public boolean hasUnfixedRetention() {
        return retentionRules.stream().anyMatch(rule -> !rule.isFixed());
    }

    /**
     * The distinct legal bases, in order.
     */
    public List<LegalBasis> bases() {
        return legalBases.stream().map(LegalBasisView::basis).distinct().toList();
    }
}
