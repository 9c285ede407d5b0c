package org.custodian.contacts;

/**
 * The kinds of terms a free-text note is flagged for (CON-4, CON-5): the special categories of data of
 * GDPR Art. 9, and insults, which have no place in a customer file.
 */
public enum SensitiveCategory {
    HEALTH, RELIGION, POLITICS, UNION, SEXUAL_ORIENTATION, ETHNIC_ORIGIN, INSULT;

    /** The word-list resource name of this category, e.g. {@code sexual-orientation}. */
    String resourceName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
