package org.custodian.access;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a sign-in attempt and at sign-out: audit, the session's stamp, and where the browser goes next.
 * The end of a lock travels in the session, never in the URL (SEC-4).
 */
@Component
class LoginHandlers {

    /** Session attribute read by the login page to say until when the account is locked. */
    static final String LOCKED_UNTIL = "custodian.login.lockedUntil";

    private final LoginAttempts attempts;
    private final StaffAccounts accounts;
    private final SessionStamps stamps;
    private final AuditLog audit;

    LoginHandlers(LoginAttempts attempts, StaffAccounts accounts, SessionStamps stamps, AuditLog audit) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.stamps = stamps;
        this.audit = audit;
    }

    SavedRequestAwareAuthenticationSuccessHandler success() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws ServletException, IOException {
                attempts.succeeded(authentication.getName());
                request.getSession().removeAttribute(LOCKED_UNTIL);
                stamps.adopt(request.getSession(), authentication.getName());
                if (accounts.mustChangePassword(authentication.getName())) {
                    clearAuthenticationAttributes(request);
                    getRedirectStrategy().sendRedirect(request, response, AccountStateFilter.CHANGE_PASSWORD);
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /**
     * {@code ?locked} (with the lock's end in the session) when the throttle refuses or a failure starts a lock,
     * alike for every login name; {@code ?disabled} only after the right password; {@code ?error} otherwise.
     */
    AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            var target = outcome(request.getParameter("username"), exception, request);
            response.sendRedirect(request.getContextPath() + "/login?" + target);
        };
    }

    private String outcome(String username, AuthenticationException exception, HttpServletRequest request) {
        if (exception instanceof LoginThrottled throttled) {
            throttled.until().ifPresentOrElse(until -> request.getSession().setAttribute(LOCKED_UNTIL, until),
                    () -> request.getSession().removeAttribute(LOCKED_UNTIL));
            return "locked";
        }
        if (exception instanceof DisabledException) {
            attempts.refused(username, "account disabled");
            return "disabled";
        }
        return "error";
    }

    LogoutHandler logoutAudit() {
        return (request, response, authentication) -> {
            if (authentication != null) {
                audit.security(authentication.getName(), AuditAction.LOGOUT, "sign-out");
            }
        };
    }
}
