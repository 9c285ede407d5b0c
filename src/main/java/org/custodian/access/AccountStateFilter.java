package org.custodian.access;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every signed-in page request: a disabled account is signed out at once, and an account whose password must be
 * changed (first sign-in, administrator's reset — SEC-1) is sent to the change-password page whatever it asks for.
 * Reading the state from the database, not the session, makes an administrator's change take effect immediately.
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD = "/account/password";

    private static final List<String> ALWAYS_ALLOWED = List.of(CHANGE_PASSWORD, "/logout", "/login", "/error",
            "/css/", "/js/", "/webjars/", "/favicon.ico");

    private final StaffUserRepository users;

    AccountStateFilter(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        var state = users.accountState(authentication.getName());
        if (state.isPresent() && !state.get().enabled()) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            redirect(request, response, "/login?disabled");
            return;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (state.isPresent() && state.get().mustChangePassword()
                && ALWAYS_ALLOWED.stream().noneMatch(path::startsWith)) {
            redirect(request, response, CHANGE_PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }

    /** htmx follows {@code HX-Redirect} with a full page load; a plain redirect would be swapped into a fragment. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        var url = request.getContextPath() + target;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", url);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(url);
    }
}
