package org.custodian.rights.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.custodian.rights.AnswerRefused;
import org.custodian.shared.web.CheckedJsonBody;
import org.custodian.shared.web.FieldProblems;
import org.custodian.shared.web.FieldProblems.UnknownProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The answer API's refusals as RFC 9457 problem details (DSR-7): a refused input is 400, naming its field; a request
 * whose state stands in the way (already answered, no person matched, no address) is 409, with the same shape and a
 * message saying what to do first.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(assignableTypes = AnswerApiController.class)
class AnswerApiProblems extends RequestBodyAdviceAdapter {

    private static final Map<Type, Set<String>> BODIES = Map.of(
            AnswerApiRequest.class, AnswerApiRequest.PROPERTIES,
            ReasonApiRequest.class, ReasonApiRequest.PROPERTIES);

    private final FieldProblems invalid;
    private final FieldProblems conflict;

    AnswerApiProblems(MessageSource messages) {
        this.invalid = new FieldProblems(messages, URI.create("urn:custodian:problem:rights-answer-validation"),
                "rights.answer.api.title", "rights.answer.api.detail");
        this.conflict = new FieldProblems(messages, URI.create("urn:custodian:problem:rights-answer-state"),
                "rights.answer.api.conflict.title", "rights.answer.api.conflict.detail");
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
    ResponseEntity<ProblemDetail> unknown(UnknownProperties unknown, Locale locale) {
        return problem(invalid.properties(unknown.names(), "unknown-property", "rights.api.unknown", locale),
                HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(AnswerRefused.class)
    ResponseEntity<ProblemDetail> refused(AnswerRefused refused, Locale locale) {
        var problems = refused.conflict() ? conflict : invalid;
        return problem(problems.violations(List.of(refused.violation()), locale),
                refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(RightsRequestApiController.InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(RightsRequestApiController.InvalidInput input, Locale locale) {
        return problem(invalid.violations(input.violations(), locale), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        return problem(invalid.unreadable(unreadable, "rights.api.format", locale), HttpStatus.BAD_REQUEST);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpStatus status) {
        problem.setStatus(status.value());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
