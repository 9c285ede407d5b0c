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
 * Answers a refused control character (SEC-1) with a 400 that names the input and tells what to do: a
 * problem detail (RFC 9457) on the API, an error page on the screens.
 */
final class ControlCharacterAdvice {

    static final URI TYPE = URI.create("urn:custodian:problem:control-character");
    static final String RULE = "SEC-1";

    private ControlCharacterAdvice() {
    }

    static String explanation(MessageSource messages, String name, Locale locale) {
        return messages.getMessage("controlCharacter.refused", new Object[] {name},
                "The input contains an invisible control character: retype it without copying it from another program.",
                locale);
    }

    @Order(Ordered.HIGHEST_PRECEDENCE)
    @RestControllerAdvice(annotations = RestController.class)
    static class Api {

        private final MessageSource messages;

        Api(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(ControlCharacterRefused.class)
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        ProblemDetail refused(ControlCharacterRefused exception, Locale locale) {
            var explanation = explanation(messages, exception.name(), locale);
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, explanation);
            problem.setType(TYPE);
            problem.setTitle(messages.getMessage("controlCharacter.title", null, "Control character refused", locale));
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

        @ExceptionHandler(ControlCharacterRefused.class)
        ModelAndView refused(ControlCharacterRefused exception, Locale locale) {
            var page = new ModelAndView("error/control-character");
            page.addObject("explanation", explanation(messages, exception.name(), locale));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
    }
}
