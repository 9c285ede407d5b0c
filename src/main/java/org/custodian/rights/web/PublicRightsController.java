package org.custodian.rights.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.rights.InvalidRightsRequest;
import org.custodian.rights.PublicRightsIntake;
import org.custodian.rights.RightsKind;
import org.custodian.shared.web.StaffSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * DSR-1 — the public page where anyone exercises their rights, without an account: the form, the page that says to
 * look in the mailbox, and the confirmation link's page with its button (the request counts from that click). The
 * confirmation refuses a browser signed in to Custodian: it must be the requester's own click.
 */
@Controller
@RequestMapping("/p/rights")
@PreAuthorize("permitAll()")
class PublicRightsController {

    /** The rights a person exercises here; the human review of an automated decision is asked with its decision. */
    static final List<RightsKind> KINDS = Arrays.stream(RightsKind.values())
            .filter(kind -> kind != RightsKind.HUMAN_REVIEW).toList();

    private final PublicRightsIntake intake;

    PublicRightsController(PublicRightsIntake intake) {
        this.intake = intake;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("request", RequestForm.empty());
        model.addAttribute("kinds", KINDS);
        return "rights/public-form";
    }

    @PostMapping
    String submit(@ModelAttribute("request") RequestForm form, BindingResult binding, Model model, Locale locale,
            HttpServletResponse response) {
        try {
            intake.submit(form.toSubmission(), locale);
            model.addAttribute("email", form.email().strip());
            return "rights/public-sent";
        } catch (InvalidRightsRequest invalid) {
            for (var violation : invalid.violations()) {
                if (!binding.hasFieldErrors(violation.field())) {
                    binding.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(),
                            null);
                }
            }
            model.addAttribute("kinds", KINDS);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "rights/public-form";
        }
    }

    @GetMapping("/confirm/{token}")
    String confirmation(@PathVariable String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (StaffSession.present(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "rights/public-staff";
        }
        var waiting = intake.waiting(token);
        if (waiting.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "rights/public-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("waiting", waiting.get());
        return "rights/public-confirm";
    }

    @PostMapping("/confirm/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (StaffSession.present(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "rights/public-staff";
        }
        var created = intake.confirm(token);
        if (created.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "rights/public-invalid";
        }
        model.addAttribute("created", created.get());
        return "rights/public-confirmed";
    }

    /** The form as the browser sends it; the right as text, an unknown one refused on its field. */
    record RequestForm(String kind, String email, String firstNames, String lastName, String postcode, String phone,
            String message) {

        static RequestForm empty() {
            return new RequestForm(null, null, null, null, null, null, null);
        }

        PublicRightsIntake.Submission toSubmission() {
            var right = KINDS.stream().filter(value -> value.name().equals(kind)).findFirst().orElse(null);
            return new PublicRightsIntake.Submission(right, email, firstNames, lastName, postcode, phone, message);
        }
    }
}
