package org.custodian.rights.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.custodian.rights.ExecutionRefused;
import org.custodian.rights.InvalidRightsRequest;
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
 * The refusals of the execution API as RFC 9457 problem details: 400 naming the field at fault, 409 when the request
 * cannot be carried out as it stands (carried out already, answered otherwise, closed, nobody matched).
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(assignableTypes = ExecutionApiController.class)
class ExecutionApiProblems extends RequestBodyAdviceAdapter {

    private final FieldProblems problems;
    private final FieldProblems conflicts;

    ExecutionApiProblems(MessageSource messages) {
        this.problems = new FieldProblems(messages, URI.create("urn:custodian:problem:rights-request-validation"),
                "rights.api.title", "rights.api.detail");
        this.conflicts = new FieldProblems(messages, URI.create("urn:custodian:problem:rights-request-execution"),
                "rights.execution.api.title", "rights.execution.api.detail");
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return ExecutionApiRequest.class.equals(targetType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        var checked = CheckedJsonBody.read(input, ExecutionApiRequest.PROPERTIES);
        if (!checked.unknownProperties().isEmpty()) {
            throw new UnknownProperties(checked.unknownProperties());
        }
        return checked.body();
    }

    @ExceptionHandler(UnknownProperties.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unknown(UnknownProperties unknown, Locale locale) {
        return problems.properties(unknown.names(), "unknown-property", "rights.api.unknown", locale);
    }

    @ExceptionHandler(InvalidRightsRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidRightsRequest invalid, Locale locale) {
        return problems.violations(invalid.violations(), locale);
    }

    @ExceptionHandler(ExecutionRefused.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail refused(ExecutionRefused refused, Locale locale) {
        var problem = conflicts.violations(List.of(refused.violation()), locale);
        problem.setStatus(HttpStatus.CONFLICT);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        return problems.unreadable(unreadable, "rights.api.format", locale);
    }
}
