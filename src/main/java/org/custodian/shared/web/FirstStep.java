package org.custodian.shared.web;

import java.util.List;
import java.util.Set;

/**
 * One thing a new installation needs before it is used for real (issue 8 §2, the home page's first steps), with its
 * state computed from the data and the screen where it is done.
 *
 * @param order where it comes in the list (lower first)
 * @param messageKey the step's sentence; {@code messageKey + ".done"} says it is done
 * @param arguments the sentence's arguments (a count …)
 * @param done whether the data shows it done
 * @param link the screen where it is done
 * @param roles the roles that may open that screen: the link is shown to them only
 */
public record FirstStep(int order, String messageKey, List<Object> arguments, boolean done, String link,
        Set<String> roles) {

    public FirstStep {
        arguments = List.copyOf(arguments);
        roles = Set.copyOf(roles);
    }
}
