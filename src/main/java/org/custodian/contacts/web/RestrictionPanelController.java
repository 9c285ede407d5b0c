package org.custodian.contacts.web;

import java.util.Arrays;
import java.util.List;

import org.custodian.contacts.InvalidPersonData;
import org.custodian.contacts.RestrictionGround;
import org.custodian.contacts.Restrictions;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
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

/**
 * The restriction panel of the person page (DSR-5): whether the processing of the person's data is frozen, since when,
 * on which ground, and its history; for the DPO, the forms that place and lift it. Served as an htmx fragment that the
 * person page loads; a plain form post comes back to the person page.
 */
@Controller
@RequestMapping("/persons/{id}/restriction")
class RestrictionPanelController {

    private final Restrictions restrictions;

    RestrictionPanelController(Restrictions restrictions) {
        this.restrictions = restrictions;
    }

    @GetMapping
    @PreAuthorize(Roles.READ)
    String panel(@PathVariable PersonId id, Model model) {
        return show(id, model);
    }

    @PostMapping
    @PreAuthorize(Roles.RESTRICT)
    String restrict(@PathVariable PersonId id, @ModelAttribute("restrictForm") RestrictForm form,
            BindingResult binding, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        try {
            restrictions.restrict(id, form.ground(), form.reason());
            model.addAttribute("notice", "restriction.placed");
            model.addAttribute("restrictForm", RestrictForm.empty());
        } catch (InvalidPersonData invalid) {
            reject(invalid.violations(), binding);
        }
        return htmx == null && !binding.hasErrors() ? "redirect:/persons/" + id : show(id, model);
    }

    @PostMapping("/lift")
    @PreAuthorize(Roles.RESTRICT)
    String lift(@PathVariable PersonId id, @ModelAttribute("liftForm") LiftForm form, BindingResult binding,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        try {
            restrictions.lift(id, form.liftReason(), Boolean.TRUE.equals(form.informed()));
            model.addAttribute("notice", "restriction.lifted");
            model.addAttribute("liftForm", LiftForm.empty());
        } catch (InvalidPersonData invalid) {
            for (var violation : invalid.violations()) {
                var field = "reason".equals(violation.field()) ? "liftReason" : violation.field();
                if (!binding.hasFieldErrors(field)) {
                    binding.rejectValue(field, violation.messageKey(), violation.arguments().toArray(), null);
                }
            }
        }
        return htmx == null && !binding.hasErrors() ? "redirect:/persons/" + id : show(id, model);
    }

    private String show(PersonId id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("inForce", restrictions.inForce(id).orElse(null));
        model.addAttribute("restrictions", restrictions.history(id));
        model.addAttribute("grounds", Arrays.asList(RestrictionGround.values()));
        if (!model.containsAttribute("restrictForm")) {
            model.addAttribute("restrictForm", RestrictForm.empty());
        }
        if (!model.containsAttribute("liftForm")) {
            model.addAttribute("liftForm", LiftForm.empty());
        }
        return "contacts/restriction :: panel";
    }

    private static void reject(List<Violation> violations, BindingResult binding) {
        for (var violation : violations) {
            if (!binding.hasFieldErrors(violation.field())) {
                binding.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(), null);
            }
        }
    }

    /** The form that restricts, as the browser sends it; the ground as text, checked by the facade. */
    record RestrictForm(String ground, String reason, String restriction) {

        static RestrictForm empty() {
            return new RestrictForm(null, null, null);
        }
    }

    /** The form that lifts: the reason, and that the person was told beforehand (art. 18(3)). */
    record LiftForm(String liftReason, Boolean informed, String restriction) {

        static LiftForm empty() {
            return new LiftForm(null, false, null);
        }
    }
}
