package org.custodian.contacts;

/**
 * The kinds of terms a free-text note is flagged for (CON-4, CON-5): the special categories of data of
 * GDPR Art. 9, insults, which have no place in a customer file, and numbers that look like an identifier
 * that must not be stored (CON-2) without it being certain.
 */
public enum SensitiveCategory {
    HEALTH, RELIGION, POLITICS, UNION, SEXUAL_ORIENTATION, ETHNIC_ORIGIN, INSULT, SUSPECTED_IDENTIFIER;

    /** Whether this is a special category of data of GDPR Art. 9, which may be stored with explicit consent. */
    public boolean isSpecialCategory() {
        return this != INSULT && this != SUSPECTED_IDENTIFIER;
    }

    /** The word-list resource name of this category, e.g. {@code sexual-orientation}. */
    String resourceName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
