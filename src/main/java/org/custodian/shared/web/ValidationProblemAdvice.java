package org.custodian.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An invalid API request body answers an RFC 9457 problem that names each field and the rule it
 * broke, so that an integration can tell its user what to fix.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ValidationProblemAdvice {

    static final URI TYPE = URI.create("https://custodian.example/problems/validation");

    private final MessageSource messages;

    ValidationProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(MethodArgumentNotValidException exception) {
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of(
                        "field", error.getField(),
                        "rule", error.getCode() == null ? "invalid" : error.getCode(),
                        "message", messages.getMessage(error, locale)))
                .toList();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.validation.detail", null, locale));
        problem.setType(TYPE);
        problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }
}
