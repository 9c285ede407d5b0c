package org.custodian.prospecting.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentPurposes;
import org.custodian.prospecting.InvalidLinkRequest;
import org.custodian.prospecting.LinkVisitor;
import org.custodian.prospecting.OptOuts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
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

/**
 * The preference centre (PRO-1, issue 9 §5): from the link of a message, or one mailed on request, the person sees
 * where each of their consents stands and withdraws any of them, or everything, in one click each, without an account.
 * The request form answers the same whether or not the address is on file.
 */
@Controller
@RequestMapping("/p/preferences")
@PreAuthorize(Roles.PUBLIC)
class PreferenceCentreController {

    private static final String FORM = "linkRequestForm";

    private final OptOuts optOuts;
    private final ConsentPurposes purposes;
    private final MessageSource messages;

    PreferenceCentreController(OptOuts optOuts, ConsentPurposes purposes, MessageSource messages) {
        this.optOuts = optOuts;
        this.purposes = purposes;
        this.messages = messages;
    }

    @GetMapping
    String requestForm(Model model) {
        model.addAttribute(FORM, new LinkRequestForm(""));
        return "prospecting/preferences-request";
    }

    @PostMapping
    String request(@ModelAttribute(FORM) LinkRequestForm form, BindingResult binding, Locale locale,
            HttpServletRequest request) {
        try {
            optOuts.requestLink(form.email(), visitor(request, locale));
        } catch (InvalidLinkRequest invalid) {
            invalid.violations().forEach(violation -> binding.rejectValue(violation.field(), violation.messageKey(),
                    violation.arguments().toArray(), null));
            return "prospecting/preferences-request";
        }
        return "prospecting/preferences-requested";
    }

    @GetMapping("/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) String done, Model model, Locale locale,
            HttpServletResponse response) {
        var preferences = optOuts.preferences(token);
        if (preferences.isEmpty()) {
            return LinkPages.unknown(response);
        }
        model.addAttribute("token", token);
        model.addAttribute("preferences", preferences.get());
        model.addAttribute("purposes", purposes.names(locale));
        model.addAttribute("done", "withdrawn".equals(done) || "all".equals(done) ? done : null);
        return "prospecting/preferences";
    }

    @PostMapping("/{token}/withdraw")
    String withdraw(@PathVariable String token, @RequestParam String purpose, @RequestParam Channel channel,
            Locale locale, HttpServletRequest request, HttpServletResponse response) {
        if (!optOuts.withdraw(token, purpose, channel, visitor(request, locale))) {
            return LinkPages.unknown(response);
        }
        return "redirect:/p/preferences/" + token + "?done=withdrawn";
    }

    @PostMapping("/{token}/withdraw-all")
    String withdrawAll(@PathVariable String token, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        var statement = messages.getMessage("prospecting.preferences.all.button", null, locale);
        if (!optOuts.withdrawAll(token, statement, visitor(request, locale))) {
            return LinkPages.unknown(response);
        }
        return "redirect:/p/preferences/" + token + "?done=all";
    }

    private static LinkVisitor visitor(HttpServletRequest request, Locale locale) {
        return new LinkVisitor(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT), locale);
    }
}
