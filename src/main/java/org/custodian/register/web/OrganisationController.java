package org.custodian.register.web;

import jakarta.validation.Valid;

import org.custodian.register.Organisation;
import org.custodian.register.OrganisationChange;
import org.custodian.register.OrganisationSettings;
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
 * The organisation settings screen (REG-5), for the DPO and the administrator.
 */
@Controller
@RequestMapping("/organisation")
@PreAuthorize("hasAnyRole('DPO','ADMIN')")
class OrganisationController {

    private final OrganisationSettings settings;

    OrganisationController(OrganisationSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        var current = settings.current();
        model.addAttribute("organisation", current);
        model.addAttribute("form", toChange(current));
        return "register/organisation";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") OrganisationChange form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("organisation", settings.current());
            return "register/organisation";
        }
        settings.update(form);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/organisation";
    }

    private static OrganisationChange toChange(Organisation organisation) {
        return new OrganisationChange(organisation.name(), organisation.address(), organisation.registrationNumber(),
                organisation.dpoName(), organisation.dpoEmail(), organisation.dpoPhone(), organisation.rightsEmail(),
                organisation.rightsPostalAddress());
    }
}
