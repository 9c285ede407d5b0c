package org.custodian.prospecting.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;

import org.custodian.prospecting.InvalidSuppression;
import org.custodian.shared.Violation;
import org.custodian.shared.web.CheckedJsonBody;
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

    private static final URI TYPE = URI.create("urn:custodian:problem:suppression-validation");

    private final MessageSource messages;

    SuppressionApiProblems(MessageSource messages) {
        this.messages = messages;
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
        return problem(unknown.names.stream()
                .map(name -> error(name, "unknown-property",
                        messages.getMessage("prospecting.suppression.api.unknown", null, locale)))
                .toList(), locale);
    }

    @ExceptionHandler(InvalidSuppression.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidSuppression invalid, Locale locale) {
        return violations(invalid.violations(), locale);
    }

    @ExceptionHandler(SuppressionApiController.InvalidSuppressionInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidInput(SuppressionApiController.InvalidSuppressionInput invalid, Locale locale) {
        return violations(invalid.violations(), locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        var field = unreadable.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                ? jackson.getPath().get(0).getPropertyName()
                : "body";
        return problem(List.of(error(field, "format",
                messages.getMessage("prospecting.suppression.api.format", null, locale))), locale);
    }

    private ProblemDetail violations(List<Violation> violations, Locale locale) {
        return problem(violations.stream()
                .map(violation -> error(violation.field(), violation.rule(), messages.getMessage(
                        violation.messageKey(), violation.arguments().toArray(), locale)))
                .toList(), locale);
    }

    private ProblemDetail problem(List<Map<String, String>> errors, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("prospecting.suppression.api.detail", null, locale));
        problem.setType(TYPE);
        problem.setTitle(messages.getMessage("prospecting.suppression.api.title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> error(String field, String rule, String message) {
        return Map.of("field", field, "rule", rule, "message", message);
    }

    /** JSON properties the request does not accept. */
    static final class UnknownProperties extends RuntimeException {

        private final List<String> names;

        UnknownProperties(List<String> names) {
            super("Unknown properties " + names);
            this.names = List.copyOf(names);
        }
    }
}
