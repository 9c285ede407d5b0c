package org.custodian.rights.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.rights.RequestAnswers;
import org.custodian.shared.web.StaffSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * DSR-7 — the page where the requester downloads their answer, opened by the link of the message: the letter, the
 * files, until when the link works; after that, how to ask for a new one. Downloading works by GET (a link) or POST
 * (the page's buttons). A browser signed in to Custodian is refused: the answer is the person's, and a member of
 * staff reads it from the request's page, where the read is audited under their name.
 */
@Controller
@RequestMapping("/p/rights/answers/{token}")
@PreAuthorize("permitAll()")
class PublicAnswerController {

    private final RequestAnswers answers;

    PublicAnswerController(RequestAnswers answers) {
        this.answers = answers;
    }

    @GetMapping
    String page(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (StaffSession.present(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "rights/public-answer-staff";
        }
        var opened = answers.open(token);
        response.setHeader("Cache-Control", "no-store");
        if (opened.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "rights/public-answer-invalid";
        }
        if (opened.get() instanceof RequestAnswers.Expired expired) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("expired", expired);
            return "rights/public-answer-expired";
        }
        model.addAttribute("token", token);
        model.addAttribute("answer", opened.get());
        return "rights/public-answer";
    }

    @RequestMapping(path = "/files/{number}", method = {RequestMethod.GET, RequestMethod.POST})
    ModelAndView file(@PathVariable String token, @PathVariable String number, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (StaffSession.present(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return new ModelAndView("rights/public-answer-staff");
        }
        var download = number.matches("[0-9]{1,3}") ? answers.download(token, Integer.parseInt(number))
                : java.util.Optional.<RequestAnswers.Download>empty();
        if (download.isEmpty()) {
            // the link expired or is unknown: its page says so; a file number the answer has not is not found
            var view = page(token, model, request, response);
            if (!"rights/public-answer".equals(view)) {
                return new ModelAndView(view, model.asMap());
            }
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return new ModelAndView("rights/public-answer-invalid");
        }
        Downloads.write(response, download.get().name(), download.get().mediaType(), download.get().content());
        return null;
    }
}
