package org.custodian.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a refused card security code (CON-6) with a 400 that tells what to do: a problem detail
 * (RFC 9457) on the API, an error page on the screens.
 */
final class CardSecurityCodeAdvice {

    static final URI TYPE = URI.create("urn:custodian:problem:card-security-code");
    static final String RULE = "CON-6";

    private CardSecurityCodeAdvice() {
    }

    static String explanation(MessageSource messages, Locale locale) {
        return messages.getMessage("cardSecurityCode.refused", null,
                "Le cryptogramme visuel ne doit jamais être conservé (CNIL) : retirez ce champ.", locale);
    }

    @Order(Ordered.HIGHEST_PRECEDENCE)
    @RestControllerAdvice(annotations = RestController.class)
    static class Api {

        private final MessageSource messages;

        Api(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(CardSecurityCodeRefused.class)
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        ProblemDetail refused(CardSecurityCodeRefused exception, Locale locale) {
            var explanation = explanation(messages, locale);
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, explanation);
            problem.setType(TYPE);
            problem.setTitle(messages.getMessage("cardSecurityCode.title", null, "Card security code refused", locale));
            problem.setProperty("errors", List.of(Map.of("field", exception.name(), "rule", RULE, "message", explanation)));
            return problem;
        }
    }

    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    @ControllerAdvice(annotations = Controller.class)
    static class Pages {

        private final MessageSource messages;

        Pages(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(CardSecurityCodeRefused.class)
        ModelAndView refused(CardSecurityCodeRefused exception, Locale locale) {
            var page = new ModelAndView("error/card-security-code");
            page.addObject("explanation", explanation(messages, locale));
            page.addObject("field", exception.name());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
    }
}
