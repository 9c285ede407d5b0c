package org.custodian.access;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * SEC-4 — every signed-in session carries its account's security stamp. Changing or resetting the password and
 * disabling the account change the stamp, so that {@link AccountStateFilter} ends every session still holding the
 * old one at its next request; the session in which the user changed their own password adopts the new stamp.
 */
@Component
public class SessionStamps {

    static final String ATTRIBUTE = "custodian.securityStamp";

    private final StaffUserRepository users;

    SessionStamps(StaffUserRepository users) {
        this.users = users;
    }

    /**
     * Gives the session the account's current stamp: at sign-in, and after the user changed their password in it.
     */
    public void adopt(HttpSession session, String username) {
        session.setAttribute(ATTRIBUTE, users.securityStamp(username));
    }
}
