package org.custodian.shared.web;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * SEC-1: no text input may carry a control character. PostgreSQL refuses a null byte in a text value (an
 * error 500 deep in a query), and the other control characters have no place in a customer file: they
 * hide text on screen and corrupt exports. Tab, carriage return and line feed stay allowed, for multi-line
 * text. Refused with a 400 that names the input before any handler sees it: a form, query or multipart
 * parameter (name or value), and any string value or key of a JSON body; a sign-in attempt carrying one
 * is answered like a wrong password, before Spring Security looks the name up.
 */
final class ControlCharacterGuard {

    private ControlCharacterGuard() {
    }

    /** Whether a character is refused: C0 controls other than tab, CR and LF, DEL, and C1 controls. */
    static boolean isRefused(char c) {
        return c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c >= 0x7F && c <= 0x9F;
    }

    static boolean containsRefused(String value) {
        for (var i = 0; i < value.length(); i++) {
            if (isRefused(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The name of the first parameter whose name or one of whose values holds a refused character. */
    static Optional<String> findInParameters(HttpServletRequest request) {
        for (var parameter : request.getParameterMap().entrySet()) {
            if (containsRefused(parameter.getKey())) {
                return Optional.of(printable(parameter.getKey()));
            }
            for (var value : parameter.getValue()) {
                if (value != null && containsRefused(value)) {
                    return Optional.of(parameter.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** The JSON path ({@code contact.lastName}, {@code items[2]}) of the first string holding a refused character. */
    static Optional<String> findInJson(JsonNode root) {
        var pending = new ArrayDeque<Located>();
        pending.add(new Located("", root));
        while (!pending.isEmpty()) {
            var located = pending.poll();
            var node = located.node();
            if (node.isString() && containsRefused(node.asString())) {
                return Optional.of(located.path().isEmpty() ? "$" : located.path());
            }
            if (node.isObject()) {
                for (var property : node.properties()) {
                    var path = located.path().isEmpty() ? property.getKey() : located.path() + "." + property.getKey();
                    if (containsRefused(property.getKey())) {
                        return Optional.of(printable(path));
                    }
                    pending.add(new Located(path, property.getValue()));
                }
            } else if (node.isArray()) {
                for (var i = 0; i < node.size(); i++) {
                    pending.add(new Located(located.path() + "[" + i + "]", node.get(i)));
                }
            }
        }
        return Optional.empty();
    }

    /** A name shown back to the user, with its refused characters replaced, never echoed. */
    private static String printable(String name) {
        var printable = new StringBuilder(name.length());
        for (var i = 0; i < name.length(); i++) {
            printable.append(isRefused(name.charAt(i)) ? '?' : name.charAt(i));
        }
        return printable.toString();
    }

    private record Located(String path, JsonNode node) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new Parameters());
        }

        /** Right after the character-encoding filter, so parameters are decoded, and before Spring Security. */
        @Bean
        FilterRegistrationBean<SignInFilter> controlCharacterSignInFilter() {
            var registration = new FilterRegistrationBean<>(new SignInFilter());
            registration.addUrlPatterns("/login");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
            return registration;
        }
    }

    /**
     * The sign-in form is processed by Spring Security before any controller: an attempt with a control
     * character is answered as a failed sign-in, without looking the name up.
     */
    static class SignInFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && findInParameters(request).isPresent()) {
                response.sendRedirect(request.getContextPath() + "/login?error");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Form, query and multipart parameters of every screen and API call. */
    static class Parameters implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            findInParameters(request).ifPresent(name -> {
                throw InputRefused.controlCharacter(name);
            });
            return true;
        }
    }

    /** JSON request bodies, read here and handed on unchanged to the message converter. */
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    @ControllerAdvice
    static class JsonBodies extends InspectedJsonBody {

        @Override
        void inspect(JsonNode body) {
            findInJson(body).ifPresent(path -> {
                throw InputRefused.controlCharacter(path);
            });
        }
    }
}
