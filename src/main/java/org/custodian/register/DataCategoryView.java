package org.custodian.register;

/**
 * A category of personal data processed by an activity (000 §5 table, 001 §5).
 *
 * @param code      stable code (IDENTITY, PERSONAL_SITUATION, PROFESSIONAL_LIFE, PAYMENT, TRANSACTION,
 *                  RELATIONSHIP_FOLLOW_UP, OPINIONS, SENSITIVE, PAYMENT_INCIDENT)
 * @param label     the category's name
 * @param examples  the data the standard lists in it
 * @param sensitive whether it is a special category (Art. 9): only with explicit consent
 * @param note      a condition specific to this activity, if any
 */
public record DataCategoryView(String code, LocalizedText label, LocalizedText examples, boolean sensitive,
        LocalizedText note) {
}
