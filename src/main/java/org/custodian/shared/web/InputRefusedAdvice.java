package org.custodian.shared.web;

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
 * Answers a refused input (a card security code, CON-6; a control character, SEC-1) with a 400 that names the input
 * and tells what to do: a problem detail (RFC 9457) on the API, an error page on the screens.
 */
final class InputRefusedAdvice {

    private InputRefusedAdvice() {
    }

    static String explanation(MessageSource messages, InputRefused refused, Locale locale) {
        var reason = refused.reason();
        return messages.getMessage(reason.explanationKey(), new Object[] {refused.name()},
                reason.defaultExplanation(), locale);
    }

    @Order(Ordered.HIGHEST_PRECEDENCE)
    @RestControllerAdvice(annotations = RestController.class)
    static class Api {

        private final MessageSource messages;

        Api(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(InputRefused.class)
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        ProblemDetail refused(InputRefused refused, Locale locale) {
            var reason = refused.reason();
            var explanation = explanation(messages, refused, locale);
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, explanation);
            problem.setType(reason.problemType());
            problem.setTitle(messages.getMessage(reason.titleKey(), null, reason.defaultTitle(), locale));
            problem.setProperty("errors", List.of(Map.of("field", refused.name(), "rule", reason.rule(),
                    "message", explanation)));
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

        @ExceptionHandler(InputRefused.class)
        ModelAndView refused(InputRefused refused, Locale locale) {
            var page = new ModelAndView(refused.reason().view());
            page.addObject("explanation", explanation(messages, refused, locale));
            page.addObject("field", refused.name());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
    }
}
