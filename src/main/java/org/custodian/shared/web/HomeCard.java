package org.custodian.shared.web;

import java.util.List;
import java.util.Set;

/**
 * A card of the home page that a module fills with what needs attention now (the rights requests late or due this
 * week), shown only to the roles that may open its screen.
 *
 * @param order     where it comes among the module cards (lower first)
 * @param titleKey  the card's title
 * @param lines     its sentences, each a message key and its arguments
 * @param alert     whether something is overdue: the card is drawn in red, and its words say so
 * @param link      the screen it opens
 * @param roles     the roles that see it (names without {@code ROLE_})
 */
public record HomeCard(int order, String titleKey, List<Line> lines, boolean alert, String link, Set<String> roles) {

    public HomeCard {
        lines = List.copyOf(lines);
        roles = Set.copyOf(roles);
    }

    /** One sentence of a card. */
    public record Line(String messageKey, List<Object> arguments, boolean alert) {

        public Line {
            arguments = List.copyOf(arguments);
        }
    }
}
