package org.custodian.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the signed-in user, the API token ({@code api:<name>}), {@code public} for a visitor
 * of the public pages, or {@code system} for scheduled jobs and start-up work.
 */
public final class CurrentActor {

    public static final String SYSTEM = "system";
    public static final String PUBLIC = "public";

    private CurrentActor() {
    }

    public static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof AnonymousAuthenticationToken) {
            return PUBLIC;
        }
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}
