package org.custodian.contacts;

/**
 * How the file's search text is folded (lower case, no accents), for a module that keeps a copy of it and searches
 * the copy the same way — the intermediate archive.
 */
public final class SearchFolding {

    private SearchFolding() {
    }

    /** The text as the stored search text holds it. */
    public static String fold(String text) {
        return Text.fold(text);
    }
}
