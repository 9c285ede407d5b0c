package org.custodian.prospecting.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Locale;

import org.custodian.prospecting.InvalidSuppression;
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
 * The suppression API's refusals as RFC 9457 problem details naming each field and the rule it broke, and the refusal
 * of unknown JSON properties.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(assignableTypes = SuppressionApiController.class)
class SuppressionApiProblems extends RequestBodyAdviceAdapter {

    private final FieldProblems problems;

    SuppressionApiProblems(MessageSource messages) {
        this.problems = new FieldProblems(messages, URI.create("urn:custodian:problem:suppression-validation"),
                "prospecting.suppression.api.title", "prospecting.suppression.api.detail");
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == SuppressionApiRequest.class || targetType == SuppressionLookupRequest.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        var known = targetType == SuppressionApiRequest.class
                ? SuppressionApiRequest.PROPERTIES : SuppressionLookupRequest.PROPERTIES;
        var checked = CheckedJsonBody.read(input, known);
        if (!checked.unknownProperties().isEmpty()) {
            throw new UnknownProperties(checked.unknownProperties());
        }
        return checked.body();
    }

    @ExceptionHandler(UnknownProperties.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unknown(UnknownProperties unknown, Locale locale) {
        return problems.properties(unknown.names(), "unknown-property", "prospecting.suppression.api.unknown",
                locale);
    }

    @ExceptionHandler(InvalidSuppression.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidSuppression invalid, Locale locale) {
        return problems.violations(invalid.violations(), locale);
    }

    @ExceptionHandler(SuppressionApiController.InvalidSuppressionInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidInput(SuppressionApiController.InvalidSuppressionInput invalid, Locale locale) {
        return problems.violations(invalid.violations(), locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        return problems.unreadable(unreadable, "prospecting.suppression.api.format", locale);
    }
}
