package org.custodian.retention.web;

import java.net.URI;
import java.util.Locale;

import org.custodian.retention.ArchiveReadRefused;
import org.custodian.retention.InvalidForecast;
import org.custodian.shared.web.FieldProblems;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The retention API's refusals as RFC 9457 problem details naming the field and the rule it broke. */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(assignableTypes = { RetentionApiController.class, ArchiveApiController.class })
class RetentionApiProblems {

    private final FieldProblems problems;

    RetentionApiProblems(MessageSource messages) {
        this.problems = new FieldProblems(messages, URI.create("urn:custodian:problem:retention-validation"),
                "retention.api.title", "retention.api.detail");
    }

    @ExceptionHandler(InvalidForecast.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidForecast invalid, Locale locale) {
        return problems.violations(invalid.violations(), locale);
    }

    @ExceptionHandler(ArchiveReadRefused.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail noReason(ArchiveReadRefused refused, Locale locale) {
        return problems.violations(refused.violations(), locale);
    }
}
