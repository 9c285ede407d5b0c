package org.custodian.contacts;

import java.util.List;

/**
 * What {@link FreeTextGuard} found in a free text: what makes it refused, and what it is flagged for.
 *
 * @param refusals identifiers that must not be written in a note (card numbers, NIRs); any refusal
 *                 means the text cannot be saved
 * @param flags    sensitive terms and insults: the text may be saved, but is flagged for review
 */
record FreeTextReview(List<IdentifierGuard.Kind> refusals, List<ReviewFlag> flags) {

    public FreeTextReview {
        refusals = List.copyOf(refusals);
        flags = List.copyOf(flags);
    }

    /** Whether the text may be saved. */
    public boolean acceptable() {
        return refusals.isEmpty();
    }

    /** Whether there is nothing at all to say about the text. */
    public boolean clean() {
        return refusals.isEmpty() && flags.isEmpty();
    }
}
