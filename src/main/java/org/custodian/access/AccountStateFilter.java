package org.custodian.access;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every signed-in page request, from the account's state in the database rather than the session, so that an
 * administrator's change takes effect at the user's next request (SEC-1, SEC-4):
 * <ul>
 * <li>a disabled account is signed out at once;</li>
 * <li>a session whose security stamp is no longer the account's (password changed elsewhere, reset, disabled) is
 * ended — see {@link SessionStamps};</li>
 * <li>the roles are the account's current ones: a role removed by an administrator is gone from open sessions;</li>
 * <li>an account whose password must be changed (first sign-in, administrator's reset) is sent to the
 * change-password page whatever it asks for.</li>
 * </ul>
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD = "/account/password";

    private static final String ROLE_PREFIX = "ROLE_";

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
        var found = users.accountState(authentication.getName());
        if (found.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var state = found.get();
        if (!state.enabled()) {
            signOut(request, response, "/login?disabled");
            return;
        }
        var session = request.getSession(false);
        if (session != null) {
            if (!(session.getAttribute(SessionStamps.ATTRIBUTE) instanceof Integer stamp)) {
                session.setAttribute(SessionStamps.ATTRIBUTE, state.securityStamp());
            }
            else if (stamp != state.securityStamp()) {
                signOut(request, response, "/login?ended");
                return;
            }
        }
        withCurrentRoles(authentication, state.roles());
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (state.mustChangePassword() && ALWAYS_ALLOWED.stream().noneMatch(path::startsWith)) {
            redirect(request, response, CHANGE_PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Replaces the request's roles by the account's when they differ; other authorities (how the user signed in) are
     * kept. Done on every request, so nothing stale needs saving in the session.
     */
    private static void withCurrentRoles(Authentication authentication, Set<Role> roles) {
        var current = roles.stream().map(Role::authority).collect(Collectors.toSet());
        var held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX)).collect(Collectors.toSet());
        if (held.equals(current)) {
            return;
        }
        var authorities = Stream.concat(
                authentication.getAuthorities().stream()
                        .filter(authority -> !authority.getAuthority().startsWith(ROLE_PREFIX)),
                current.stream().map(SimpleGrantedAuthority::new)).toList();
        var updated = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(),
                authentication.getCredentials(), authorities);
        updated.setDetails(authentication.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        redirect(request, response, target);
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
