package org.custodian.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;

import org.custodian.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The refusal of an API request as an RFC 9457 problem that names each field, the rule it broke and what to do, in
 * the caller's language: one shape for every module's API ({@code errors: [{field, rule, message}]}), each module
 * giving its problem's type, title and detail. Its advice builds one per module and answers with it.
 */
public final class FieldProblems {

    private final MessageSource messages;
    private final URI type;
    private final String titleKey;
    private final String detailKey;

    /**
     * @param type      the problem's type, one per module ({@code urn:custodian:problem:consent-validation})
     * @param titleKey  the message key of the problem's title
     * @param detailKey the message key of its detail
     */
    public FieldProblems(MessageSource messages, URI type, String titleKey, String detailKey) {
        this.messages = messages;
        this.type = type;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
    }

    /** The problem of these violations, each said in the caller's language. */
    public ProblemDetail violations(List<Violation> violations, Locale locale) {
        return of(violations.stream()
                .map(violation -> error(violation.field(), violation.rule(), messages.getMessage(
                        violation.messageKey(), violation.arguments().toArray(), locale)))
                .toList(), locale);
    }

    /** The problem of these properties, each refused under the same rule and message. */
    public ProblemDetail properties(List<String> names, String rule, String messageKey, Locale locale) {
        var message = messages.getMessage(messageKey, null, locale);
        return of(names.stream().map(name -> error(name, rule, message)).toList(), locale);
    }

    /**
     * The problem of a body that could not be read as the expected JSON: at the first property in error (a date that
     * is not one, text where a number goes), or at {@code body} when it is not JSON at all.
     */
    public ProblemDetail unreadable(HttpMessageNotReadableException unreadable, String messageKey, Locale locale) {
        var field = unreadable.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                ? jackson.getPath().get(0).getPropertyName()
                : "body";
        return properties(List.of(field), "format", messageKey, locale);
    }

    /** The problem of these errors, each made by {@link #error}. */
    public ProblemDetail of(List<Map<String, String>> errors, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(detailKey, null, locale));
        problem.setType(type);
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** One error of a problem. */
    public static Map<String, String> error(String field, String rule, String message) {
        return Map.of("field", field, "rule", rule, "message", message);
    }

    /** JSON properties a request does not accept: a misspelt {@code lastname} must not be silently dropped. */
    public static final class UnknownProperties extends RuntimeException {

        private final List<String> names;

        public UnknownProperties(List<String> names) {
            super("Unknown properties " + names);
            this.names = List.copyOf(names);
        }

        public List<String> names() {
            return names;
        }
    }
}
