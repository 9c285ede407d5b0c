package org.custodian.contacts;

import java.util.ArrayList;
import java.util.List;

/**
 * CON-1 (issue 8): the stretches of the alphabet, by sort key, that a search in name order walks one at a time on
 * PostgreSQL. A name fragment such as "lefe" matches persons who sit together in one stretch of the names; each
 * person carries the number of their slice ({@code person.name_slice}, computed by PostgreSQL from the sort key, V42)
 * inside the trigram index, so that the index alone tells in which slices a search has matches. A page in name order
 * then walks only those stretches of the name index, which carries the search key (no person's row read), instead of
 * reading thousands of scattered rows to sort them; and an import still writes one trigram index.
 *
 * <p>The bounds are those of V42's {@code name_slice} (a PostgreSQL test checks that they agree): one slice per
 * first letter, and the initials most common among French last names (b, c, d, g, l, m, p, r) cut again at "e" and
 * "o", so that a walk starts near its fragment. Literal constants in the SQL, so that a walk is planned for its
 * stretch of the index.
 */
final class NameSlices {

    /** Each slice's lower bound but the first's (which takes everything below "b", digits and signs included). */
    static final List<String> LOWER_BOUNDS = List.of("b", "be", "bo", "c", "ce", "co", "d", "de", "do", "e", "f",
            "g", "ge", "go", "h", "i", "j", "k", "l", "le", "lo", "m", "me", "mo", "n", "o", "p", "pe", "po", "q", "r",
            "re", "ro", "s", "t", "u", "v", "w", "x", "y", "z");

    private final List<String> ranges;

    NameSlices() {
        var all = new ArrayList<String>();
        all.add("sort_name < '" + LOWER_BOUNDS.get(0) + "'");
        for (var i = 0; i < LOWER_BOUNDS.size(); i++) {
            var from = "sort_name >= '" + LOWER_BOUNDS.get(i) + "'";
            all.add(i + 1 < LOWER_BOUNDS.size() ? from + " AND sort_name < '" + LOWER_BOUNDS.get(i + 1) + "'" : from);
        }
        this.ranges = List.copyOf(all);
    }

    /** How many slices there are: {@code name_slice} runs from 0 to this minus one, in name order. */
    int count() {
        return ranges.size();
    }

    /** The condition on {@code sort_name} of the persons of this slice. */
    String range(int slice) {
        return ranges.get(slice);
    }
}
