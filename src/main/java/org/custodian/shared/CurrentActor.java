package org.custodian.shared;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the signed-in user, the API token ({@code api:<name>}), or {@code system} for
 * scheduled jobs and start-up work.
 */
public final class CurrentActor {

    public static final String SYSTEM = "system";

    private CurrentActor() {
    }

    public static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}
