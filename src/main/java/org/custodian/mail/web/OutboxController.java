package org.custodian.mail.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import org.custodian.mail.MailStatus;
import org.custodian.mail.Mailer;
import org.custodian.mail.OutgoingMail;
import org.custodian.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The in-app outbox: what Custodian sent or, without an SMTP server, holds. Messages carry personal
 * data, so only the administrator and the DPO read them, and each read is logged.
 */
@Controller
@RequestMapping("/mail/outbox")
class OutboxController {

    private final Mailer mailer;
    private final MessageSource messages;

    OutboxController(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    record TestMailForm(@NotBlank(message = "{mail.test.to.required}") @Email(message = "{validation.email}") String to) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','DPO')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) MailStatus status,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("messages", mailer.outbox(q, status, PageRequest.of(page, null)));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("smtp", mailer.deliversBySmtp());
        if (!model.containsAttribute("testForm")) {
            model.addAttribute("testForm", new TestMailForm(null));
        }
        return "mail/outbox";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','DPO')")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("mail", mailer.read(id));
        return "mail/message";
    }

    @PostMapping("/test")
    @PreAuthorize("hasRole('ADMIN')")
    String sendTest(@Valid @ModelAttribute("testForm") TestMailForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("org.springframework.validation.BindingResult.testForm", errors);
            redirect.addFlashAttribute("testForm", form);
            return "redirect:/mail/outbox";
        }
        var locale = LocaleContextHolder.getLocale();
        var id = mailer.send(OutgoingMail.text(form.to(), messages.getMessage("mail.test.subject", null, locale),
                messages.getMessage("mail.test.body", null, locale), "test"));
        redirect.addFlashAttribute("testSent", true);
        return "redirect:/mail/outbox/" + id;
    }
}
