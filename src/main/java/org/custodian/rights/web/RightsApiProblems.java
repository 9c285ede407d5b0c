package org.custodian.rights.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * The rights API's refusals as RFC 9457 problem details naming each field and the rule it broke, and the refusal of
 * unknown JSON properties.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(assignableTypes = RightsRequestApiController.class)
class RightsApiProblems extends RequestBodyAdviceAdapter {

    private static final Map<Type, Set<String>> BODIES = Map.of(
            RightsRequestApiRequest.class, RightsRequestApiRequest.PROPERTIES,
            MatchApiRequest.class, MatchApiRequest.PROPERTIES,
            ReasonApiRequest.class, ReasonApiRequest.PROPERTIES);

    private final FieldProblems problems;

    RightsApiProblems(MessageSource messages) {
        this.problems = new FieldProblems(messages, URI.create("urn:custodian:problem:rights-request-validation"),
                "rights.api.title", "rights.api.detail");
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return BODIES.containsKey(targetType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        var checked = CheckedJsonBody.read(input, BODIES.get(targetType));
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

    @ExceptionHandler(RightsRequestApiController.InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidInput(RightsRequestApiController.InvalidInput invalid, Locale locale) {
        return problems.violations(invalid.violations(), locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        return problems.unreadable(unreadable, "rights.api.format", locale);
    }
}
