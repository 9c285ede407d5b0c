package org.custodian.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} for the REST API: the token's roles become the caller's authorities and
 * {@code api:<token name>} its name, so that the audit log says which integration acted. A bad token is answered 401
 * at once; no token at all falls through to the entry point (also 401).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var token = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (token.isEmpty()) {
            ApiProblems.unauthorized(response, ApiProblems.INVALID, "invalid_token");
            return;
        }
        var authorities = token.get().roles().stream().map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated("api:" + token.get().name(), null,
                authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
