package org.custodian.rights.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.custodian.rights.AnswerRefused;
import org.custodian.rights.RequestAnswers;
import org.custodian.rights.RequestPackages;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The answer panel of a request's page (DSR-3, DSR-4, DSR-7): the package's downloads, the letter sent with the
 * files by a download link or recorded as posted, the refusal with its reason, a new link, and the files as sent.
 * A refusal of the facade comes back on the panel, the letter or reason typed kept, the error tied to its field.
 */
@Controller
@RequestMapping("/rights/{id}")
class AnswerController {

    private final RequestPackages packages;
    private final RequestAnswers answers;

    AnswerController(RequestPackages packages, RequestAnswers answers) {
        this.packages = packages;
        this.answers = answers;
    }

    @GetMapping("/package")
    @PreAuthorize(Roles.HANDLE)
    String download(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(defaultValue = "false") boolean portable,
            @RequestParam(defaultValue = "false") boolean accessLog, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var built = packages.build(id, AnswerApiController.format(format), portable, accessLog);
            Downloads.write(response, built.name(), built.mediaType(), built.content());
            return null;
        } catch (AnswerRefused refused) {
            redirect.addFlashAttribute("answerRefused", refused.violation());
            return "redirect:/rights/" + id + "#answer";
        }
    }

    @PostMapping("/answer")
    @PreAuthorize(Roles.HANDLE)
    String answer(@PathVariable UUID id, @RequestParam(required = false) String letter,
            @RequestParam(defaultValue = "false") boolean accessLog,
            @RequestParam(defaultValue = "MAIL") String method, RedirectAttributes redirect) {
        try {
            if ("POST".equals(method)) {
                answers.answerByPost(id, letter, accessLog);
                redirect.addFlashAttribute("answeredByPost", true);
            } else {
                answers.answer(id, letter, accessLog);
                redirect.addFlashAttribute("answered", true);
            }
        } catch (AnswerRefused refused) {
            redirect.addFlashAttribute("answerRefused", refused.violation());
            redirect.addFlashAttribute("answerLetter", letter);
        }
        return "redirect:/rights/" + id + "#answer";
    }

    @PostMapping("/refuse")
    @PreAuthorize(Roles.HANDLE)
    String refuse(@PathVariable UUID id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            answers.refuse(id, reason);
            redirect.addFlashAttribute("refusedSent", true);
        } catch (AnswerRefused refused) {
            redirect.addFlashAttribute("refusalRefused", refused.violation());
            redirect.addFlashAttribute("refusalReason", reason);
        }
        return "redirect:/rights/" + id + "#answer";
    }

    @PostMapping("/answer/link")
    @PreAuthorize(Roles.HANDLE)
    String renewLink(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            answers.renewLink(id);
            redirect.addFlashAttribute("linkRenewed", true);
        } catch (AnswerRefused refused) {
            redirect.addFlashAttribute("answerRefused", refused.violation());
        }
        return "redirect:/rights/" + id + "#answer";
    }

    @GetMapping("/answer/files/{number}")
    @PreAuthorize(Roles.HANDLE)
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable int number) {
        var file = answers.file(id, number);
        return Downloads.of(file.name(), file.mediaType(), file.content());
    }
}
