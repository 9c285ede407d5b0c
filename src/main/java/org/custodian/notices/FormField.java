package org.custodian.notices;

import java.util.Locale;

/**
 * A field a collection form may ask for, with the category of data it belongs to (CON-3, 000 §5): a form offers it
 * only when one of its purposes needs that category.
 */
public enum FormField {
    CIVILITY("IDENTITY", "honorific-prefix"),
    FIRST_NAMES("IDENTITY", "given-name"),
    LAST_NAME("IDENTITY", "family-name"),
    EMAIL("IDENTITY", "email"),
    PHONE("IDENTITY", "tel"),
    ADDRESS("IDENTITY", "street-address"),
    BIRTH_DATE("IDENTITY", "bday"),
    COMPANY("PROFESSIONAL_LIFE", "organization"),
    JOB_TITLE("PROFESSIONAL_LIFE", "organization-title");

    private final String category;
    private final String autocomplete;

    FormField(String category, String autocomplete) {
        this.category = category;
        this.autocomplete = autocomplete;
    }

    /** The HTML autocomplete token, so that browsers fill the field in (WCAG 1.3.5). */
    public String autocomplete() {
        return autocomplete;
    }

    /** The register's data category code this field belongs to. */
    public String category() {
        return category;
    }

    /**
     * The last name is what every person of the file has: every form asks for it. The e-mail address is asked only
     * when the form needs it (see {@code FormRules}); a postal-only form goes without it.
     */
    public boolean isMandatory() {
        return this == LAST_NAME;
    }

    /** The name of the field in the form's HTML and in the persons' data, e.g. {@code firstNames}. */
    public String parameter() {
        var parts = name().toLowerCase(Locale.ROOT).split("_");
        var name = new StringBuilder(parts[0]);
        for (var i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }
}
