package org.custodian.retention.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.custodian.retention.InvalidLegalHold;
import org.custodian.retention.LegalHoldAlreadyReleased;
import org.custodian.retention.LegalHoldFilter;
import org.custodian.retention.LegalHolds;
import org.custodian.retention.NewLegalHold;
import org.custodian.shared.PageRequest;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The legal holds screens (RET-5): the list by state with its search, a hold's page with its release, and the form
 * that places one (from the list, or from a person's page with the person filled in).
 */
@Controller
@RequestMapping("/retention/holds")
class LegalHoldController {

    private final LegalHolds holds;

    LegalHoldController(LegalHolds holds) {
        this.holds = holds;
    }

    @GetMapping
    @PreAuthorize(LegalHoldRoles.READ)
    String list(@RequestParam(defaultValue = "IN_FORCE") LegalHoldFilter filter,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("filters", Arrays.asList(LegalHoldFilter.values()));
        model.addAttribute("counts", holds.counts());
        model.addAttribute("q", q);
        model.addAttribute("holds", holds.list(filter, q, PageRequest.of(page, null)));
        return "retention/legal-holds";
    }

    @GetMapping("/new")
    @PreAuthorize(LegalHoldRoles.PLACE)
    String newHold(@RequestParam(required = false) String personId, Model model) {
        model.addAttribute("form", new LegalHoldForm(personId, null, null, null, null, null, null));
        return "retention/legal-hold-form";
    }

    @PostMapping
    @PreAuthorize(LegalHoldRoles.PLACE)
    String place(@ModelAttribute("form") LegalHoldForm form, BindingResult binding, RedirectAttributes redirect) {
        var hold = form.toNew(binding);
        if (binding.hasErrors()) {
            reject(holds.check(hold), binding);
            return "retention/legal-hold-form";
        }
        try {
            var placed = holds.place(hold);
            redirect.addFlashAttribute("notice", "legalHold.placed");
            return "redirect:/retention/holds/" + placed.id();
        } catch (InvalidLegalHold invalid) {
            reject(invalid.violations(), binding);
            return "retention/legal-hold-form";
        }
    }

    /** One error per field: a field that could not be read keeps that error. */
    private static void reject(List<Violation> violations, BindingResult binding) {
        for (var violation : violations) {
            if (!binding.hasFieldErrors(violation.field())) {
                binding.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(), null);
            }
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(LegalHoldRoles.READ)
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("hold", holds.get(id));
        if (!model.containsAttribute("releaseForm")) {
            model.addAttribute("releaseForm", new ReleaseForm(null));
        }
        return "retention/legal-hold";
    }

    @PostMapping("/{id}/release")
    @PreAuthorize(LegalHoldRoles.PLACE)
    String release(@PathVariable UUID id, @ModelAttribute("releaseForm") ReleaseForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            holds.release(id, form.releaseReason());
            redirect.addFlashAttribute("notice", "legalHold.released");
            return "redirect:/retention/holds/" + id;
        } catch (InvalidLegalHold invalid) {
            for (var violation : invalid.violations()) {
                binding.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(), null);
            }
            return detail(id, model);
        } catch (LegalHoldAlreadyReleased released) {
            redirect.addFlashAttribute("notice", "legalHold.alreadyReleased");
            return "redirect:/retention/holds/" + id;
        }
    }

    /**
     * The form that places a hold, as the browser sends it: identifiers and dates as text, so that a malformed one
     * comes back on its field instead of failing the whole form; {@code target} carries the refusals of the whole
     * choice (none named, or both).
     */
    record LegalHoldForm(String personId, String rightsRequestId, String reason, String owner, String endOn,
            String reviewOn, String target) {

        NewLegalHold toNew(BindingResult binding) {
            var person = uuid("personId", personId, binding);
            return new NewLegalHold(person == null ? null : new PersonId(person),
                    uuid("rightsRequestId", rightsRequestId, binding), reason, owner, date("endOn", endOn, binding),
                    date("reviewOn", reviewOn, binding));
        }

        private static UUID uuid(String field, String value, BindingResult binding) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(value.strip());
            } catch (IllegalArgumentException malformed) {
                binding.rejectValue(field, "legalHold.error.format");
                return null;
            }
        }

        private static LocalDate date(String field, String value, BindingResult binding) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException malformed) {
                binding.rejectValue(field, "legalHold.error.format");
                return null;
            }
        }
    }

    /** The form that releases a hold: its reason. */
    record ReleaseForm(String releaseReason) {
    }
}
