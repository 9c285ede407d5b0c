package org.custodian.access.web;

import java.security.Principal;
import java.time.Clock;

import jakarta.validation.Valid;

import org.custodian.access.AccountChangeRefused;
import org.custodian.access.ApiTokens;
import org.custodian.access.Role;
import org.custodian.shared.PageRequest;
import org.custodian.shared.web.DisplayTime;
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
 * API tokens for integrations (administrators only): create (value shown once), list with last use, revoke.
 */
@Controller
@RequestMapping("/admin/api-tokens")
@PreAuthorize("hasRole('ADMIN')")
class ApiTokenController {

    private final ApiTokens tokens;
    private final Clock clock;
    private final DisplayTime displayTime;

    ApiTokenController(ApiTokens tokens, Clock clock, DisplayTime displayTime) {
        this.tokens = tokens;
        this.clock = clock;
        this.displayTime = displayTime;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("tokenForm", ApiTokenForm.empty());
        return page(q, page, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("tokenForm") ApiTokenForm form, BindingResult errors, Principal principal,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            // The token is valid through the whole of its last day, in the organisation's time zone.
            var expiresAt = form.expiresOn() == null ? null
                    : form.expiresOn().plusDays(1).atStartOfDay(displayTime.zone()).toInstant();
            try {
                redirect.addFlashAttribute("secret", tokens.create(form.name(), form.roles(), expiresAt,
                        principal.getName()));
                return "redirect:/admin/api-tokens";
            }
            catch (AccountChangeRefused refused) {
                errors.rejectValue(refused.reason() == AccountChangeRefused.Reason.EXPIRY_IN_PAST ? "expiresOn" : "name",
                        "users.refused." + refused.reason().name());
            }
        }
        return page(null, null, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        tokens.revoke(id, principal.getName());
        redirect.addFlashAttribute("done", "tokens.revoked");
        return "redirect:/admin/api-tokens";
    }

    private String page(String q, Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("tokens", tokens.search(q, PageRequest.of(page, null)));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("now", clock.instant());
        return "access/api-tokens";
    }
}
