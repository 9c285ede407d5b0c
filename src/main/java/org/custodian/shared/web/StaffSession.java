package org.custodian.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Whether a request to a public page comes from a browser signed in to Custodian (SEC-2): a confirmation link must be
 * clicked by the person it was mailed to, not by a staff member who found it. The public chain is stateless and never
 * loads the staff session, but the browser still sends the session cookie (same-site strict: a page of this site posts
 * the button), so the container finds the session it names, and with it the staff member's sign-in; an
 * authentication already in the context (a test, a future chain) counts as well.
 */
public final class StaffSession {

    private StaffSession() {
    }

    public static boolean present(HttpServletRequest request) {
        if (signedIn(SecurityContextHolder.getContext())) {
            return true;
        }
        var session = request.getSession(false);
        return session != null && session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && signedIn(context);
    }

    private static boolean signedIn(SecurityContext context) {
        var authentication = context.getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
