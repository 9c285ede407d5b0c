package org.custodian.access.web;

import java.security.Principal;

import jakarta.validation.Valid;

import org.custodian.access.AccountChangeRefused;
import org.custodian.access.Role;
import org.custodian.access.UserAdministration;
import org.custodian.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff account administration (SEC-1, SEC-2), administrators only: list, create with a temporary password shown
 * once, change roles, disable and enable, reset the password.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private final UserAdministration users;

    UserAdminController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("users", users.search(q, PageRequest.of(page, null)));
        return htmx == null ? "access/users" : "access/users :: results";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", UserForm.empty());
        model.addAttribute("allRoles", Role.values());
        return "access/user-new";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Principal principal, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var secret = users.create(form.command(), principal.getName());
                redirect.addFlashAttribute("secret", secret);
                redirect.addFlashAttribute("secretKind", "created");
                return "redirect:/admin/users/" + secret.id();
            }
            catch (AccountChangeRefused refused) {
                errors.rejectValue(refused.reason() == AccountChangeRefused.Reason.NO_ROLE ? "roles" : "username",
                        "users.refused." + refused.reason().name());
            }
        }
        model.addAttribute("allRoles", Role.values());
        return "access/user-new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var user = users.get(id);
        model.addAttribute("user", user);
        model.addAttribute("allRoles", Role.values());
        return "access/user";
    }

    @PostMapping("/{id}/roles")
    String changeRoles(@PathVariable long id, @ModelAttribute RolesForm form, Principal principal,
            RedirectAttributes redirect) {
        return apply(id, redirect, "users.rolesChanged",
                () -> users.changeRoles(id, form.selected(), principal.getName()));
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return apply(id, redirect, "users.disabledDone", () -> users.disable(id, principal.getName()));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return apply(id, redirect, "users.enabledDone", () -> users.enable(id, principal.getName()));
    }

    @PostMapping("/{id}/password-reset")
    String resetPassword(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        var secret = users.resetPassword(id, principal.getName());
        redirect.addFlashAttribute("secret", secret);
        redirect.addFlashAttribute("secretKind", "reset");
        return "redirect:/admin/users/" + id;
    }

    private static String apply(long id, RedirectAttributes redirect, String doneMessage, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", doneMessage);
        }
        catch (AccountChangeRefused refused) {
            redirect.addFlashAttribute("refused", "users.refused." + refused.reason().name());
        }
        return "redirect:/admin/users/" + id;
    }
}
