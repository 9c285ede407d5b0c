package org.custodian.register;

import org.custodian.shared.RecordNotFound;

/**
 * No such recipient, or no such list of recipients.
 */
public class RecipientNotFound extends RecordNotFound {

    private RecipientNotFound(String message) {
        super(message);
    }

    /**
     * For an unknown recipient of a known list.
     */
    public static RecipientNotFound forId(RecipientType type, long id) {
        return new RecipientNotFound("No " + type.slug() + " " + id);
    }

    /**
     * For an unknown list.
     */
    public static RecipientNotFound forSlug(String slug) {
        return new RecipientNotFound("No recipient list " + slug);
    }
}
