package org.custodian.register;

import java.util.Arrays;

/**
 * The four lists of recipients of REG-4, as they appear in URLs ({@code /register/recipients/processors/...}).
 */
public enum RecipientType {
    INTERNAL_SERVICES("internal-services", "register_internal_service"),
    PROCESSORS("processors", "register_processor"),
    PARTNERS("partners", "register_partner"),
    TRANSFERS("transfers", "register_transfer");

    private final String slug;
    private final String table;

    RecipientType(String slug, String table) {
        this.slug = slug;
        this.table = table;
    }

    /**
     * The URL segment.
     */
    public String slug() {
        return slug;
    }

    String table() {
        return table;
    }

    /**
     * The type for a URL segment.
     *
     * @throws RecipientNotFound for an unknown segment
     */
    public static RecipientType ofSlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst()
                .orElseThrow(() -> RecipientNotFound.forSlug(slug));
    }

    static RecipientType ofTable(String table) {
        return Arrays.stream(values()).filter(type -> type.table.equals(table)).findFirst().orElseThrow();
    }
}
