package org.custodian.consent.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.consent.ConfirmationNotFound;
import org.custodian.consent.ConsentLedger;
import org.custodian.shared.PreferenceCentre;
import org.custodian.shared.web.StaffSession;
import org.springframework.beans.factory.ObjectProvider;
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
 * confirm nothing. A browser signed in to Custodian confirms nothing either (SEC-2): the proof must be the person's
 * own click, not a staff member's who found the link.
 */
@Controller
@RequestMapping("/p/consents/confirm/{token}")
@PreAuthorize("permitAll()")
class ConfirmationController {

    private final ConsentLedger ledger;
    private final ObjectProvider<PreferenceCentre> preferenceCentre;

    ConfirmationController(ConsentLedger ledger, ObjectProvider<PreferenceCentre> preferenceCentre) {
        this.ledger = ledger;
        this.preferenceCentre = preferenceCentre;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (StaffSession.present(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "consent/confirmation-staff";
        }
        var texts = ledger.pendingTexts(token);
        if (texts.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "consent/confirmation-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("texts", texts);
        return "consent/confirm";
    }

    @PostMapping
    String confirm(@PathVariable String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (StaffSession.present(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "consent/confirmation-staff";
        }
        try {
            var person = ledger.pendingPerson(token);
            ledger.confirm(token, request.getRemoteAddr(), request.getHeader("User-Agent"));
            // PRO-1: withdrawing must be as easy as consenting, so the page gives the way to withdraw, in one click.
            var centre = preferenceCentre.getIfAvailable();
            if (centre != null) {
                person.flatMap(centre::linkFor).ifPresent(link -> model.addAttribute("preferences", link));
            }
            return "consent/confirmed";
        } catch (ConfirmationNotFound e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "consent/confirmation-invalid";
        }
    }
}
