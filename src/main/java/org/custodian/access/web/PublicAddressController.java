package org.custodian.access.web;

import java.security.Principal;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.PublicAddress;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 8 §2 — the administrator checks and confirms the address of the public pages, proposed from their own
 * browser's request, unless {@code CUSTODIAN_PUBLIC_URL} sets it. Every confirmation is in the audit log.
 */
@Controller
@RequestMapping("/admin/public-address")
@PreAuthorize("hasRole('ADMIN')")
class PublicAddressController {

    private final PublicAddress publicAddress;
    private final AuditLog audit;

    PublicAddressController(PublicAddress publicAddress, AuditLog audit) {
        this.publicAddress = publicAddress;
        this.audit = audit;
    }

    @GetMapping
    String show(Model model) {
        var current = publicAddress.current();
        model.addAttribute("current", current);
        if (!model.containsAttribute("addressForm")) {
            model.addAttribute("addressForm", new PublicAddressForm(current.url()));
        }
        return "access/public-address";
    }

    @PostMapping
    String confirm(@ModelAttribute("addressForm") PublicAddressForm form, BindingResult errors, Principal principal,
            Model model, RedirectAttributes redirect) {
        if (publicAddress.current().configured()) {
            return "redirect:/admin/public-address";
        }
        if (!PublicAddress.valid(form.url())) {
            errors.rejectValue("url", "publicAddress.invalid");
            return show(model);
        }
        var confirmed = publicAddress.confirm(form.url(), principal.getName());
        audit.security(principal.getName(), AuditAction.SECURITY_CHANGE, "public address confirmed: " + confirmed);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/public-address";
    }
}
