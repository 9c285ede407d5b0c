package org.custodian.contacts;

import java.text.Normalizer;

/**
 * Accent- and case-insensitive comparison of French and English text.
 */
final class Text {

    /** The folded Latin letters, worked out once: a bulk import folds the names of millions of persons. */
    private static final char[] LATIN = new char[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            LATIN[c] = fold(c);
        }
    }

    private Text() {
    }

    /**
     * Lower case without accents, one character for one character, so that a position found in the
     * folded text is the same position in the original.
     */
    static String fold(String text) {
        var folded = new StringBuilder(text.length());
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            folded.append(c < LATIN.length ? LATIN[c] : fold(c));
        }
        return folded.toString();
    }

    private static char fold(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        var base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        return switch (Character.toLowerCase(base)) {
            case 'œ' -> 'o';
            case 'æ' -> 'a';
            case '’', 'ʼ' -> '\'';
            default -> Character.toLowerCase(base);
        };
    }
}
