package org.custodian.notices;

import org.custodian.contacts.SensitiveCategory;

/**
 * A question of a collection form about sensitive data (CON-4, GDPR Art. 9), with the explicit consent box that goes
 * with it: the answer is kept only if the person ticks that box, and is always optional.
 *
 * @param category    what kind of sensitive data it asks for (never {@code INSULT})
 * @param label       the question, e.g. "Allergies ou intolérances alimentaires"
 * @param consentText the exact text of its consent box, kept with the answer as its proof
 */
public record SensitiveQuestion(SensitiveCategory category, String label, String consentText) {

    /** The name of the answer and of its box in the form's HTML, e.g. {@code HEALTH}. */
    public String key() {
        return category == null ? "" : category.name();
    }
}
