package org.custodian.retention.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.custodian.retention.InvalidLegalHold;
import org.custodian.retention.LegalHoldAlreadyReleased;
import org.custodian.shared.Violation;
import org.custodian.shared.web.CheckedJsonBody;
import org.custodian.shared.web.FieldProblems;
import org.custodian.shared.web.FieldProblems.UnknownProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The legal-hold API's refusals as RFC 9457 problem details naming each field and the rule it broke, the refusal of
 * unknown JSON properties, and the conflict of a second release.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(assignableTypes = LegalHoldApiController.class)
class LegalHoldApiProblems extends RequestBodyAdviceAdapter {

    private final FieldProblems problems;
    private final FieldProblems conflicts;

    LegalHoldApiProblems(MessageSource messages) {
        this.problems = new FieldProblems(messages, URI.create("urn:custodian:problem:legal-hold-validation"),
                "legalHold.api.title", "legalHold.api.detail");
        this.conflicts = new FieldProblems(messages, URI.create("urn:custodian:problem:legal-hold-released"),
                "legalHold.api.conflictTitle", "legalHold.api.conflictDetail");
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return LegalHoldApiRequest.class.equals(targetType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        var checked = CheckedJsonBody.read(input, LegalHoldApiRequest.PROPERTIES);
        if (!checked.unknownProperties().isEmpty()) {
            throw new UnknownProperties(checked.unknownProperties());
        }
        return checked.body();
    }

    @ExceptionHandler(UnknownProperties.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unknown(UnknownProperties unknown, Locale locale) {
        return problems.properties(unknown.names(), "unknown-property", "legalHold.api.unknown", locale);
    }

    @ExceptionHandler(InvalidLegalHold.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidLegalHold invalid, Locale locale) {
        return problems.violations(invalid.violations(), locale);
    }

    @ExceptionHandler(LegalHoldAlreadyReleased.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail released(LegalHoldAlreadyReleased released, Locale locale) {
        var problem = conflicts.violations(List.of(new Violation("id", "alreadyReleased", "legalHold.alreadyReleased",
                List.of())), locale);
        problem.setStatus(HttpStatus.CONFLICT);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        return problems.unreadable(unreadable, "legalHold.api.format", locale);
    }
}
