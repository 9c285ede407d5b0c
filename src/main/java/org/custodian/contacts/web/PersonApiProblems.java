package org.custodian.contacts.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodian.contacts.InvalidPersonData;
import org.custodian.contacts.PossibleDuplicate;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The persons API's errors as RFC 9457 problem details that name each field and the rule it broke, and
 * the refusal of unknown JSON properties (a misspelt field must not be silently dropped; {@code id} and
 * {@code internalCode} are generated, so sending them is refused too).
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(assignableTypes = {PersonApiController.class, RelationshipApiController.class,
        RestrictionApiController.class})
class PersonApiProblems extends RequestBodyAdviceAdapter {

    private static final String PROBLEM = "urn:custodian:problem:";
    private static final List<String> READ_ONLY = List.of("id", "internalCode");

    /** The JSON bodies these APIs read, with the properties each accepts. */
    private static final Map<Type, java.util.Set<String>> BODIES = Map.of(
            PersonRequest.class, PersonRequest.PROPERTIES,
            RelationshipRequests.PurchaseRequest.class,
            RelationshipRequests.properties(RelationshipRequests.PurchaseRequest.class),
            RelationshipRequests.ContactRequest.class,
            RelationshipRequests.properties(RelationshipRequests.ContactRequest.class),
            RelationshipRequests.FamilyRequest.class,
            RelationshipRequests.properties(RelationshipRequests.FamilyRequest.class),
            RestrictionApiController.RestrictRequest.class,
            RelationshipRequests.properties(RestrictionApiController.RestrictRequest.class),
            RestrictionApiController.LiftRequest.class,
            RelationshipRequests.properties(RestrictionApiController.LiftRequest.class));

    private final MessageSource messages;

    PersonApiProblems(MessageSource messages) {
        this.messages = messages;
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

    @ExceptionHandler(InvalidPersonData.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidPersonData invalid, Locale locale) {
        var rules = invalid.violations().stream().map(violation -> violation.rule()).toList();
        var type = rules.stream().anyMatch(rule -> rule.startsWith("CON-2")) ? "identifier-guard"
                : rules.stream().anyMatch(rule -> rule.startsWith("CON-5")) ? "free-text-guard" : "validation";
        return problems(type).violations(invalid.violations(), locale);
    }

    /**
     * CON-9: 409 with the person already in the file, in {@code Location} and {@code existing}; the caller repeats
     * the request with {@code ?allowDuplicate=true} when it is someone else.
     */
    @ExceptionHandler(PossibleDuplicate.class)
    ResponseEntity<ProblemDetail> duplicate(PossibleDuplicate duplicate, Locale locale) {
        var existing = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/persons/{id}")
                .buildAndExpand(duplicate.existing().value()).toUri();
        var field = duplicate.matchedBy() == PossibleDuplicate.MatchedBy.EMAIL ? "email" : "phone";
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("person.api.duplicate." + field, null, locale));
        problem.setType(URI.create(PROBLEM + "possible-duplicate"));
        problem.setTitle(messages.getMessage("person.api.title.possible-duplicate", null, locale));
        problem.setProperty("existing", existing.toString());
        problem.setProperty("field", field);
        return ResponseEntity.status(HttpStatus.CONFLICT).location(existing)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(UnknownProperties.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unknown(UnknownProperties unknown, Locale locale) {
        var errors = new ArrayList<Map<String, String>>();
        for (var name : unknown.names()) {
            var readOnly = READ_ONLY.contains(name);
            errors.add(FieldProblems.error(name, readOnly ? "read-only" : "unknown-property", messages.getMessage(
                    readOnly ? "person.api.error.readOnly" : "person.api.error.unknown", null, locale)));
        }
        return problems("unknown-property").of(errors, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        return problems("validation").unreadable(unreadable, "person.api.error.format", locale);
    }

    /** CON-1: a list or export query with a filter, page or size that is not understood. */
    @ExceptionHandler(PersonListQuery.Invalid.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidQuery(PersonListQuery.Invalid invalid, Locale locale) {
        return problems("validation").violations(invalid.violations(), locale);
    }

    /** The problems of one type: {@code validation}, {@code identifier-guard}, {@code unknown-property} … */
    private FieldProblems problems(String type) {
        return new FieldProblems(messages, URI.create(PROBLEM + type), "person.api.title." + type, "person.api.detail");
    }
}
