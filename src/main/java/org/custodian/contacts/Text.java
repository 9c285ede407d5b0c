package org.custodian.contacts;

import java.text.Normalizer;

/**
 * Accent- and case-insensitive comparison of French and English text.
 */
final class Text {

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
            if (c < 128) {
                folded.append(Character.toLowerCase(c));
                continue;
            }
            var base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            folded.append(switch (Character.toLowerCase(base)) {
                case 'œ' -> 'o';
                case 'æ' -> 'a';
                case '’', 'ʼ' -> '\'';
                default -> Character.toLowerCase(base);
            });
        }
        return folded.toString();
    }
}
