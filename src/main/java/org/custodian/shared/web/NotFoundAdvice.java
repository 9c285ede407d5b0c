package org.custodian.shared.web;

import org.custodian.shared.RecordNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every module's missing record becomes a 404: a problem detail (RFC 9457) on the API, the error
 * page on the screens.
 */
final class NotFoundAdvice {

    private NotFoundAdvice() {
    }

    @Order(Ordered.HIGHEST_PRECEDENCE)
    @RestControllerAdvice(annotations = RestController.class)
    static class Api {

        @ExceptionHandler(RecordNotFound.class)
        @ResponseStatus(HttpStatus.NOT_FOUND)
        ProblemDetail notFound(RecordNotFound exception) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        }
    }

    @ControllerAdvice(annotations = Controller.class)
    static class Pages {

        @ExceptionHandler(RecordNotFound.class)
        ModelAndView notFound(RecordNotFound exception) {
            var page = new ModelAndView("error/404");
            page.setStatus(HttpStatus.NOT_FOUND);
            return page;
        }
    }
}
