package org.custodian.prospecting;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a job title or a sector is compared with the professions a campaign names (PRO-2, B2B relevance): as words,
 * accents and case ignored, punctuation as spaces, the little words («de», «des», «et» …) left out, and a final
 * plural {@code s} or {@code x} dropped, so that «Responsable des Achats» holds the words {@code responsable} and
 * {@code achat}. A campaign's term matches when each of its words is among the person's.
 */
final class ProfessionWords {

    private static final Set<String> LITTLE_WORDS = Set.of("de", "des", "du", "d", "la", "le", "les", "l", "et", "en",
            "a", "au", "aux", "pour", "of", "and", "the", "for", "in");

    private ProfessionWords() {
    }

    /** The words of a text, normalised. */
    static Set<String> of(String text) {
        var words = new LinkedHashSet<String>();
        if (text == null) {
            return words;
        }
        var plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (var word : plain.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !LITTLE_WORDS.contains(word)) {
                words.add(singular(word));
            }
        }
        return words;
    }

    /** The first of the campaign's terms all of whose words the person's words hold, or null. */
    static String firstMatch(List<String> terms, Set<String> personWords) {
        for (var term : terms) {
            var wanted = of(term);
            if (!wanted.isEmpty() && personWords.containsAll(wanted)) {
                return term;
            }
        }
        return null;
    }

    private static String singular(String word) {
        return word.length() > 3 && (word.endsWith("s") || word.endsWith("x"))
                ? word.substring(0, word.length() - 1) : word;
    }
}
