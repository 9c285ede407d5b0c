package org.custodian.shared.web;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CON-6 (seed 000 §5, "the visual cryptogram must be deleted"): the application has no field for a card
 * security code, and refuses with a 400 any request that carries one — a form or query parameter, or a
 * key anywhere in a JSON body — before a controller sees it, so that it can never be stored, logged by a
 * handler or echoed back. Names are compared without case or separators ({@code CVV}, {@code card_cvc},
 * {@code payment[cvv2]}, {@code securityCode} ...).
 */
final class CardSecurityCodeGuard {

    private static final Set<String> NAMES = Set.of("cvv", "cvc", "cvv2", "cvc2", "cvn", "cvn2", "csc", "cvd",
            "cryptogramme", "cryptogrammevisuel", "cryptogram", "visualcryptogram", "securitycode",
            "cardsecuritycode", "cardverificationvalue", "cardverificationcode", "cardcvv", "cardcvc");

    private CardSecurityCodeGuard() {
    }

    /** Whether a parameter or property name designates a card security code. */
    static boolean isCardSecurityCode(String name) {
        if (NAMES.contains(normalise(name))) {
            return true;
        }
        // Nested or compound names: payment[cvv], card.cvc, card_cvv2, cardCvc
        for (var part : name.split("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")) {
            if (!part.isEmpty() && NAMES.contains(normalise(part))) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The first key of a JSON document, at any depth, that designates a card security code. */
    static Optional<String> findInJson(JsonNode root) {
        var pending = new ArrayDeque<JsonNode>();
        pending.add(root);
        while (!pending.isEmpty()) {
            var node = pending.poll();
            if (node.isObject()) {
                for (var property : node.properties()) {
                    if (isCardSecurityCode(property.getKey())) {
                        return Optional.of(property.getKey());
                    }
                    pending.add(property.getValue());
                }
            } else if (node.isArray()) {
                node.values().forEach(pending::add);
            }
        }
        return Optional.empty();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new Parameters());
        }
    }

    /** Form, query and multipart parameters. */
    static class Parameters implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            var names = request.getParameterNames();
            while (names.hasMoreElements()) {
                var name = names.nextElement();
                if (isCardSecurityCode(name)) {
                    throw InputRefused.cardSecurityCode(name);
                }
            }
            return true;
        }
    }

    /**
     * JSON request bodies, read here and handed on unchanged to the message converter; first of the
     * body advices, so that no other sees a security code.
     */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @ControllerAdvice
    static class JsonBodies extends InspectedJsonBody {

        @Override
        void inspect(JsonNode body) {
            findInJson(body).ifPresent(name -> {
                throw InputRefused.cardSecurityCode(name);
            });
        }
    }
}
