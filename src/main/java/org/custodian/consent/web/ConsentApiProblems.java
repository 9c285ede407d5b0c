package org.custodian.consent.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;

import org.custodian.consent.InvalidConsent;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The consents API's refusals as RFC 9457 problem details naming each field and the rule it broke, like
 * the persons API, so that a web shop can tell its visitor what to fix.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(assignableTypes = ConsentApiController.class)
class ConsentApiProblems {

    private static final URI TYPE = URI.create("urn:custodian:problem:consent-validation");

    private final MessageSource messages;

    ConsentApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidConsent.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidConsent invalid, Locale locale) {
        return problem(invalid.violations().stream()
                .map(violation -> error(violation.field(), violation.rule(), messages.getMessage(
                        violation.messageKey(), violation.arguments().toArray(), locale)))
                .toList(), locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        var field = unreadable.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                ? jackson.getPath().get(0).getPropertyName()
                : "body";
        return problem(List.of(error(field, "format", messages.getMessage("consent.api.error.format", null, locale))),
                locale);
    }

    private ProblemDetail problem(List<Map<String, String>> errors, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("consent.api.detail", null, locale));
        problem.setType(TYPE);
        problem.setTitle(messages.getMessage("consent.api.title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> error(String field, String rule, String message) {
        return Map.of("field", field, "rule", rule, "message", message);
    }
}
