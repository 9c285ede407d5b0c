package org.custodian.register.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;

import org.custodian.register.ActivityChange;
import org.custodian.register.ActivityView;
import org.custodian.register.ArchiveCondition;
import org.custodian.register.ArchiveTrigger;
import org.custodian.register.ConcurrentChange;
import org.custodian.register.DataCategoryView;
import org.custodian.register.LegalBasis;
import org.custodian.register.EndAction;
import org.custodian.register.ProcessingRegister;
import org.custodian.register.RetentionTrigger;
import org.custodian.register.RetentionUnit;
import org.custodian.register.SubjectView;
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
 * The processing register screens (REG-1): the DPO and the administrator read it; only the DPO changes it.
 */
@Controller
@RequestMapping("/register")
class RegisterController {

    private final ProcessingRegister register;

    RegisterController(ProcessingRegister register) {
        this.register = register;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('DPO','ADMIN')")
    String list(Model model) {
        model.addAttribute("activities", register.activities());
        return "register/activities";
    }

    @GetMapping("/activities/{code}")
    @PreAuthorize("hasAnyRole('DPO','ADMIN')")
    String detail(@PathVariable String code, Model model) {
        model.addAttribute("activity", register.activity(code));
        var versions = new ArrayList<>(register.versions(code));
        Collections.reverse(versions);
        model.addAttribute("versions", versions);
        return "register/activity";
    }

    @GetMapping("/activities/{code}/edit")
    @PreAuthorize("hasRole('DPO')")
    String edit(@PathVariable String code, Model model) {
        var activity = register.activity(code);
        return editPage(activity, toChange(activity), activity.version(), model);
    }

    @PostMapping("/activities/{code}/edit")
    @PreAuthorize("hasRole('DPO')")
    String save(@PathVariable String code, @RequestParam int version,
            @Valid @ModelAttribute("form") ActivityChange form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var activity = register.activity(code);
        if (errors.hasErrors()) {
            return editPage(activity, form, version, model);
        }
        try {
            register.change(code, version, form);
        }
        catch (ConcurrentChange e) {
            model.addAttribute("conflict", true);
            return editPage(activity, form, activity.version(), model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/register/activities/" + code;
    }

    private String editPage(ActivityView activity, ActivityChange form, int version, Model model) {
        model.addAttribute("activity", activity);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("bases", LegalBasis.values());
        model.addAttribute("triggers", RetentionTrigger.values());
        model.addAttribute("units", RetentionUnit.values());
        model.addAttribute("endActions", EndAction.values());
        model.addAttribute("archiveConditions", ArchiveCondition.values());
        model.addAttribute("archiveTriggers", ArchiveTrigger.values());
        // RET-2: an archive lasts a number of units (never "until the event") and ends in deletion or anonymisation.
        model.addAttribute("archiveUnits", Arrays.stream(RetentionUnit.values())
                .filter(unit -> unit != RetentionUnit.UNTIL_EVENT).toList());
        model.addAttribute("archiveEndActions", List.of(EndAction.DELETE, EndAction.ANONYMISE));
        model.addAttribute("subjectCategories", register.subjectCategories());
        return "register/activity-edit";
    }

    private static ActivityChange toChange(ActivityView activity) {
        var information = activity.information();
        var sensitive = activity.dataCategories().stream().filter(DataCategoryView::sensitive).findFirst();
        var bases = new ArrayList<ActivityChange.BasisRow>();
        activity.legalBases().forEach(basis -> bases.add(new ActivityChange.BasisRow(basis.basis(),
                basis.condition().fr(), basis.condition().en())));
        var rules = new ArrayList<ActivityChange.RetentionRow>();
        activity.retentionRules().forEach(rule -> rules.add(ActivityChange.RetentionRow.of(rule)));
        return new ActivityChange(activity.name().fr(), activity.name().en(), activity.description().fr(),
                activity.description().en(), bases, rules, null, information.legitimateInterest().fr(),
                information.legitimateInterest().en(), information.provision().fr(), information.provision().en(),
                information.automatedDecision(), information.automatedLogic().fr(), information.automatedLogic().en(),
                information.dataSource().fr(), information.dataSource().en(),
                activity.subjects().stream().map(SubjectView::code).toList(),
                activity.subjects().stream().filter(SubjectView::indirect).map(SubjectView::code).toList(),
                sensitive.isPresent(), sensitive.map(category -> category.note() == null ? null : category.note().fr())
                        .orElse(null));
    }
}
