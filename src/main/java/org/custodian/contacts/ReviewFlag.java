package org.custodian.contacts;

import java.util.List;

/**
 * A note was saved but needs review: it contains terms of a sensitive category (CON-5).
 *
 * @param category the category of the terms
 * @param terms    the terms found, as written in the note (lower case, in order of appearance)
 */
public record ReviewFlag(SensitiveCategory category, List<String> terms) {

    public ReviewFlag {
        terms = List.copyOf(terms);
    }
}
