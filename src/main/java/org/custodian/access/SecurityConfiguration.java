package org.custodian.access;

import org.custodian.shared.web.ContentSecurityPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default: public paths are listed here; every other page and endpoint states its roles with
 * {@code @PreAuthorize} (SEC-2). Two chains: the staff screens (form sign-in, session, CSRF, strict headers — SEC-1,
 * SEC-4) and the REST API (bearer tokens, stateless, no session and so no CSRF).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = ContentSecurityPolicy.STRICT;

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, HandlerRoles handlerRoles) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(handlerRoles))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiProblems.unauthorized())
                        .accessDeniedHandler(ApiProblems.forbidden()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The public pages for the company's customers (notice, forms, confirmation and unsubscribe links): no sign-in,
     * no session and so no cookie at all (only strictly necessary cookies, and none is needed). CSRF protection
     * would need a session; the forms that change something carry their own single-use token instead. Links
     * carrying a token must not leak it to another site, hence no referrer.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicPages(HttpSecurity http, HandlerRoles handlerRoles) throws Exception {
        http.securityMatcher("/p/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(handlerRoles))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        // A collection form may be framed by the sites its form names: its controller sets the
                        // frame-ancestors of its own policy, which X-Frame-Options: DENY would contradict.
                        .frameOptions(frames -> frames.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                        .matcher("/p/forms/**")),
                                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, StaffUserDetailsService userDetails, PasswordEncoder encoder,
            LoginHandlers handlers, LoginAttempts attempts, StaffUserRepository users, HandlerRoles handlerRoles)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                        .hasRole("ADMIN")
                        .anyRequest().access(handlerRoles))
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(
                        passwordProvider(userDetails, encoder), attempts)))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(handlers.success())
                        .failureHandler(handlers.failure())
                        .permitAll())
                .logout(logout -> logout
                        .addLogoutHandler(handlers.logoutAudit())
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("CUSTODIAN_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // The idle-session script must see a 401, not a redirect it would follow to the login page.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(DelegatingAuthenticationEntryPoint
                        .builder()
                        .addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                PathPatternRequestMatcher.withDefaults().matcher("/session/keepalive"))
                        .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .build()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(31_536_000)))
                .addFilterBefore(new AccountStateFilter(users), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    HandlerRoles handlerRoles(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
        return new HandlerRoles(handlers);
    }

    /**
     * The password check. Locks are the throttle's, decided before it; «disabled» only after the right password, so
     * that it tells nothing to someone guessing logins. An unknown login still costs one Argon2 check (the provider
     * matches a dummy hash), so that the time taken does not tell which accounts exist (SEC-4). Hashes made with
     * weaker parameters are upgraded at the next sign-in.
     */
    static DaoAuthenticationProvider passwordProvider(StaffUserDetailsService userDetails, PasswordEncoder encoder) {
        var provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(encoder);
        provider.setUserDetailsPasswordService(userDetails);
        // The default checks would answer «disabled» before the password is checked.
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        return provider;
    }
}
