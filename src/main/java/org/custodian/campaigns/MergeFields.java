package org.custodian.campaigns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.custodian.contacts.PersonView;

/**
 * The merge fields a template may use, written {@code {{name}}} (PRO-5). A small fixed set, so that no template can
 * reach data a campaign has no need for:
 * <ul>
 * <li>{@code {{prenom}}} the person's first names, {@code {{nom}}} their last name, {@code {{civilite}}}
 * «Madame»/«Monsieur» or nothing;</li>
 * <li>{@code {{desinscription}}} the one-click unsubscribe address — required in both bodies;</li>
 * <li>{@code {{preferences}}} the preference centre's address.</li>
 * </ul>
 * Values are escaped in the HTML body; a field without a value is replaced by nothing.
 */
public final class MergeFields {

    public static final String FIRST_NAMES = "prenom";
    public static final String LAST_NAME = "nom";
    public static final String CIVILITY = "civilite";
    public static final String UNSUBSCRIBE = "desinscription";
    public static final String PREFERENCES = "preferences";

    /** Every field, in the order the template editor lists them. */
    public static final List<String> ALL = List.of(FIRST_NAMES, LAST_NAME, CIVILITY, UNSUBSCRIBE, PREFERENCES);

    /** A merge field as written in a template; spaces inside the braces are tolerated. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*}}");

    private MergeFields() {
    }

    /** The person's merge values ({@code prenom}, {@code nom}, {@code civilite}), for {@link CampaignMessageComposer}. */
    public static Map<String, String> of(PersonView person) {
        var values = new LinkedHashMap<String, String>();
        var data = person.data();
        values.put(FIRST_NAMES, data.firstNames() == null ? "" : data.firstNames());
        values.put(LAST_NAME, data.lastName());
        values.put(CIVILITY, data.civility() == null ? "" : switch (data.civility()) {
            case MR -> "Monsieur";
            case MS -> "Madame";
        });
        return values;
    }

    /** The names of the fields {@code text} uses, in order of appearance. */
    static List<String> used(String text) {
        if (text == null) {
            return List.of();
        }
        return PLACEHOLDER.matcher(text).results().map(match -> match.group(1)).toList();
    }
}
