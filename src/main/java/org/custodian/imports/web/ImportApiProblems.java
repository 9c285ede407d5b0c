package org.custodian.imports.web;

import java.net.URI;
import java.util.Locale;

import org.custodian.imports.ImportRefused;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused file as an RFC 9457 problem naming the rule (e.g. {@code CON-6.CVV}) and what to do. */
@RestControllerAdvice(assignableTypes = ImportApiController.class)
class ImportApiProblems {

    private final MessageSource messages;

    ImportApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ImportRefused.class)
    ProblemDetail refused(ImportRefused refused, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(refused.messageKey(), refused.arguments().toArray(), locale));
        problem.setType(URI.create("urn:custodian:problem:import-refused"));
        problem.setTitle(messages.getMessage("import.api.refused", null, locale));
        problem.setProperty("rule", refused.rule());
        return problem;
    }
}
