package org.custodian.register.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.custodian.register.MeasureDecision;
import org.custodian.register.MeasureStatus;
import org.custodian.register.SecurityChecklist;
import org.custodian.register.SecurityMeasureView;
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
 * The security-measures checklist (SEC-7), for the DPO.
 */
@Controller
@RequestMapping("/register/security-measures")
@PreAuthorize("hasRole('DPO')")
class SecurityMeasuresController {

    private final SecurityChecklist checklist;

    SecurityMeasuresController(SecurityChecklist checklist) {
        this.checklist = checklist;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) MeasureStatus status,
            Locale locale, Model model) {
        var measures = checklist.measures();
        var needle = q == null ? "" : q.strip().toLowerCase(locale);
        model.addAttribute("measures", measures.stream()
                .filter(measure -> status == null || measure.status() == status)
                .filter(measure -> needle.isEmpty() || matches(measure, needle, locale))
                .toList());
        model.addAttribute("total", measures.size());
        model.addAttribute("toDo", measures.stream().filter(measure -> measure.status() == MeasureStatus.TO_DO).count());
        model.addAttribute("statuses", MeasureStatus.values());
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        return "register/security-measures";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var measure = checklist.measure(id);
        return editPage(measure, new MeasureDecision(measure.status(), measure.justification(), measure.owner()), model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") MeasureDecision form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var measure = checklist.measure(id);
        if (errors.hasFieldErrors("justified")) {
            // The rule is about the justification: show its message on that field.
            errors.rejectValue("justification", "register.security.justification.required");
        }
        if (errors.hasErrors()) {
            return editPage(measure, form, model);
        }
        checklist.decide(id, form);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/register/security-measures#measure-" + id;
    }

    private String editPage(SecurityMeasureView measure, MeasureDecision form, Model model) {
        model.addAttribute("measure", measure);
        model.addAttribute("form", form);
        model.addAttribute("statuses", MeasureStatus.values());
        return "register/security-measure";
    }

    private static boolean matches(SecurityMeasureView measure, String needle, Locale locale) {
        return contains(measure.measure().in(locale), needle, locale)
                || contains(measure.category().in(locale), needle, locale)
                || contains(measure.owner(), needle, locale);
    }

    private static boolean contains(String text, String needle, Locale locale) {
        return text != null && text.toLowerCase(locale).contains(needle);
    }
}
