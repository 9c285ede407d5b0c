package org.custodian.consent.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.consent.ConfirmationNotFound;
import org.custodian.consent.ConsentLedger;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The double opt-in link of the confirmation mail (PRO-1). Opening the link only shows what will be
 * confirmed; the person's click on the button confirms — mail scanners that open links by themselves
 * confirm nothing.
 */
@Controller
@RequestMapping("/p/consents/confirm/{token}")
@PreAuthorize("permitAll()")
class ConfirmationController {

    private final ConsentLedger ledger;

    ConfirmationController(ConsentLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        var text = ledger.pendingText(token);
        if (text.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "consent/confirmation-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("text", text.get());
        return "consent/confirm";
    }

    @PostMapping
    String confirm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        try {
            ledger.confirm(token, request.getRemoteAddr(), request.getHeader("User-Agent"));
            return "consent/confirmed";
        } catch (ConfirmationNotFound e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "consent/confirmation-invalid";
        }
    }
}
