package org.custodian.access.web;

import java.security.Principal;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.custodian.access.AccountChangeRefused;
import org.custodian.access.PasswordPolicy;
import org.custodian.access.PasswordRejected;
import org.custodian.access.SessionStamps;
import org.custodian.access.StaffAccounts;
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
 * The signed-in user's own password (SEC-1): chosen freely here, and forced after a first sign-in or a reset. The
 * change ends the user's other sessions; this one continues (SEC-4).
 */
@Controller
@RequestMapping("/account/password")
@PreAuthorize("isAuthenticated()")
class AccountController {

    /** {0}, {1} and {2} of the rule and violation messages. */
    private static final Object[] RULE_ARGUMENTS = { PasswordPolicy.MIN_LENGTH,
        PasswordPolicy.MIN_LENGTH_WITHOUT_SPECIAL, PasswordPolicy.MIN_PASSPHRASE_WORDS };

    private final StaffAccounts accounts;
    private final SessionStamps stamps;

    AccountController(StaffAccounts accounts, SessionStamps stamps) {
        this.accounts = accounts;
        this.stamps = stamps;
    }

    @GetMapping
    String form(Principal principal, Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return page(principal, model);
    }

    @PostMapping
    String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Principal principal,
            HttpSession session, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword") && !errors.hasFieldErrors("confirmation")
                && !form.newPassword().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "password.confirmation.mismatch");
        }
        if (errors.hasErrors()) {
            return page(principal, model);
        }
        boolean forced = accounts.mustChangePassword(principal.getName());
        try {
            accounts.changePassword(principal.getName(), form.currentPassword(), form.newPassword());
        }
        catch (AccountChangeRefused refused) {
            errors.rejectValue("currentPassword", "password.current.wrong");
            return page(principal, model);
        }
        catch (PasswordRejected rejected) {
            rejected.violations().stream().sorted().forEach(violation -> errors.rejectValue("newPassword",
                    "password.violation." + violation.name(), RULE_ARGUMENTS, null));
            return page(principal, model);
        }
        stamps.adopt(session, principal.getName());
        if (forced) {
            return "redirect:/";
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account/password";
    }

    private String page(Principal principal, Model model) {
        model.addAttribute("forced", accounts.mustChangePassword(principal.getName()));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("minLengthWithoutSpecial", PasswordPolicy.MIN_LENGTH_WITHOUT_SPECIAL);
        model.addAttribute("minWords", PasswordPolicy.MIN_PASSPHRASE_WORDS);
        return "access/password";
    }
}
