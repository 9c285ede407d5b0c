package org.custodian.consent.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.custodian.consent.ConfirmationLimitReached;
import org.custodian.consent.InvalidConsent;
import org.custodian.shared.web.CheckedJsonBody;
import org.custodian.shared.web.FieldProblems;
import org.custodian.shared.web.FieldProblems.UnknownProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The consents API's refusals as RFC 9457 problem details naming each field and the rule it broke, like
 * the persons API, so that a web shop can tell its visitor what to fix; and the refusal of unknown JSON
 * properties (a misspelt {@code lastname} must not be silently dropped).
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(assignableTypes = ConsentApiController.class)
class ConsentApiProblems extends RequestBodyAdviceAdapter {

    private static final URI LIMIT_TYPE = URI.create("urn:custodian:problem:consent-confirmation-limit");

    private final MessageSource messages;
    private final FieldProblems problems;

    ConsentApiProblems(MessageSource messages) {
        this.messages = messages;
        this.problems = new FieldProblems(messages, URI.create("urn:custodian:problem:consent-validation"),
                "consent.api.title", "consent.api.detail");
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == ConsentApiRequest.class || targetType == SoftOptInApiRequest.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        var checked = CheckedJsonBody.read(input, targetType == SoftOptInApiRequest.class
                ? SoftOptInApiRequest.PROPERTIES : ConsentApiRequest.PROPERTIES);
        if (!checked.unknownProperties().isEmpty()) {
            throw new UnknownProperties(checked.unknownProperties());
        }
        return checked.body();
    }

    @ExceptionHandler(UnknownProperties.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unknown(UnknownProperties unknown, Locale locale) {
        return problems.properties(unknown.names(), "unknown-property", "consent.api.error.unknown", locale);
    }

    @ExceptionHandler(MissingProperties.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail missing(MissingProperties missing, Locale locale) {
        return problems.properties(missing.names, "required", "consent.api.error.required", locale);
    }

    @ExceptionHandler(InvalidConsent.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidConsent invalid, Locale locale) {
        return problems.violations(invalid.violations(), locale);
    }

    /** The address's confirmation mails for the day are used up: a web shop retries tomorrow, as the panel says. */
    @ExceptionHandler(ConfirmationLimitReached.class)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    ProblemDetail limit(ConfirmationLimitReached limit, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("consent.api.error.limit", null, locale));
        problem.setType(LIMIT_TYPE);
        problem.setTitle(messages.getMessage("consent.api.limit.title", null, locale));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        return problems.unreadable(unreadable, "consent.api.error.format", locale);
    }

    /** Required JSON properties the request left out (a yes/no that has no default). */
    static final class MissingProperties extends RuntimeException {

        private final List<String> names;

        MissingProperties(List<String> names) {
            super("Missing properties " + names);
            this.names = List.copyOf(names);
        }
    }
}
