package org.custodian.rights.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.custodian.rights.AnswerRefused;
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
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The rights API's refusals as RFC 9457 problem details, for every controller of {@code /api/v1/rights-requests}: a
 * refused input is 400, naming each field and the rule it broke (unknown JSON properties refused against one table of
 * the request bodies); a request whose state stands in the way is 409 with the same shape — an answer already sent,
 * nobody matched or no address ({@link AnswerRefused}), an execution already done or not for this right
 * ({@link ExecutionRefused}). The answer API keeps its own problem type for its 400s, which callers may already test.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(assignableTypes = {RightsRequestApiController.class, AnswerApiController.class,
    ExecutionApiController.class, AttachmentApiController.class})
class RightsApiProblems extends RequestBodyAdviceAdapter {

    /** The JSON bodies of the rights API and the properties each accepts. */
    private static final Map<Type, Set<String>> BODIES = Map.of(
            RightsRequestApiRequest.class, RightsRequestApiRequest.PROPERTIES,
            MatchApiRequest.class, MatchApiRequest.PROPERTIES,
            ReasonApiRequest.class, ReasonApiRequest.PROPERTIES,
            AnswerApiRequest.class, AnswerApiRequest.PROPERTIES,
            ExecutionApiRequest.class, ExecutionApiRequest.PROPERTIES);

    private final FieldProblems requestInvalid;
    private final FieldProblems answerInvalid;
    private final FieldProblems answerConflict;
    private final FieldProblems executionConflict;

    RightsApiProblems(MessageSource messages) {
        this.requestInvalid = new FieldProblems(messages,
                URI.create("urn:custodian:problem:rights-request-validation"), "rights.api.title", "rights.api.detail");
        this.answerInvalid = new FieldProblems(messages, URI.create("urn:custodian:problem:rights-answer-validation"),
                "rights.answer.api.title", "rights.answer.api.detail");
        this.answerConflict = new FieldProblems(messages, URI.create("urn:custodian:problem:rights-answer-state"),
                "rights.answer.api.conflict.title", "rights.answer.api.conflict.detail");
        this.executionConflict = new FieldProblems(messages,
                URI.create("urn:custodian:problem:rights-request-execution"), "rights.execution.api.title",
                "rights.execution.api.detail");
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
    ResponseEntity<ProblemDetail> unknown(UnknownProperties unknown, HandlerMethod handler, Locale locale) {
        return problem(invalid(handler).properties(unknown.names(), "unknown-property", "rights.api.unknown", locale),
                HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(InvalidRightsRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRightsRequest invalid, HandlerMethod handler, Locale locale) {
        return problem(invalid(handler).violations(invalid.violations(), locale), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(RightsRequestApiController.InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(RightsRequestApiController.InvalidInput input, HandlerMethod handler,
            Locale locale) {
        return problem(invalid(handler).violations(input.violations(), locale), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(AnswerRefused.class)
    ResponseEntity<ProblemDetail> answerRefused(AnswerRefused refused, Locale locale) {
        return refused.conflict()
                ? problem(answerConflict.violations(List.of(refused.violation()), locale), HttpStatus.CONFLICT)
                : problem(answerInvalid.violations(List.of(refused.violation()), locale), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(ExecutionRefused.class)
    ResponseEntity<ProblemDetail> executionRefused(ExecutionRefused refused, Locale locale) {
        return problem(executionConflict.violations(List.of(refused.violation()), locale), HttpStatus.CONFLICT);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, HandlerMethod handler,
            Locale locale) {
        return problem(invalid(handler).unreadable(unreadable, "rights.api.format", locale), HttpStatus.BAD_REQUEST);
    }

    /** The problem of a refused input: the answer API's own type, the requests' type for the rest of the API. */
    private FieldProblems invalid(HandlerMethod handler) {
        return handler != null && AnswerApiController.class.equals(handler.getBeanType()) ? answerInvalid
                : requestInvalid;
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpStatus status) {
        problem.setStatus(status.value());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
