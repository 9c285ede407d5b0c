package org.custodian.campaigns.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodian.campaigns.Campaigns;
import org.custodian.campaigns.InvalidCampaign;
import org.custodian.campaigns.MergeFields;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.ProductFamilies;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaigns' screens (PRO-5, PRO-2): the list, the definition form, the template editor with the message as a
 * person would receive it, the campaign's page with its preview (a chart of who is in and out, by reason, and a
 * sample) and «why is or isn't this person in this campaign?». Marketing defines and edits; the DPO reads.
 */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    private static final int SAMPLE = 10;
    private static final int FOUND = 10;

    private final Campaigns campaigns;
    private final ProductFamilies families;
    private final EvidenceWords evidence;
    private final PreviewChart chart;

    CampaignController(Campaigns campaigns, ProductFamilies families, EvidenceWords evidence, PreviewChart chart) {
        this.campaigns = campaigns;
        this.families = families;
        this.evidence = evidence;
        this.chart = chart;
    }

    @GetMapping
    @PreAuthorize(Roles.READ)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("campaigns", campaigns.list(q, PageRequest.of(page, null)));
        return "campaigns/list";
    }

    @GetMapping("/new")
    @PreAuthorize(Roles.WRITE)
    String create(Model model) {
        return form(null, CampaignForm.empty(), model);
    }

    @PostMapping
    @PreAuthorize(Roles.WRITE)
    String save(@ModelAttribute("form") CampaignForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(null, form, model);
        }
        try {
            var created = campaigns.create(form.toDraft(), null);
            redirect.addFlashAttribute("created", true);
            return "redirect:/campaigns/" + created.id() + "/template";
        } catch (InvalidCampaign invalid) {
            reject(invalid.violations(), errors);
            return form(null, form, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.READ)
    String show(@PathVariable UUID id, @RequestParam(required = false) String person, Model model, Locale locale) {
        var campaign = campaigns.get(id);
        var preview = campaigns.preview(id, SAMPLE, locale);
        model.addAttribute("campaign", campaign);
        model.addAttribute("family", familyName(campaign.productFamily()));
        model.addAttribute("preview", preview);
        model.addAttribute("bars", chart.bars(preview, locale));
        model.addAttribute("person", person);
        if (person != null && !person.isBlank()) {
            model.addAttribute("found", campaigns.findPersons(person, FOUND));
        }
        return "campaigns/show";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Roles.WRITE)
    String edit(@PathVariable UUID id, Model model) {
        return form(id, CampaignForm.of(campaigns.get(id)), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Roles.WRITE)
    String update(@PathVariable UUID id, @ModelAttribute("form") CampaignForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(id, form, model);
        }
        try {
            campaigns.update(id, form.toDraft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/campaigns/" + id;
        } catch (InvalidCampaign invalid) {
            reject(invalid.violations(), errors);
            return form(id, form, model);
        }
    }

    @GetMapping("/{id}/template")
    @PreAuthorize(Roles.WRITE)
    String template(@PathVariable UUID id, Model model) {
        var campaign = campaigns.get(id);
        var form = TemplateForm.of(campaign);
        return editor(id, form, campaign.hasTemplate(), model);
    }

    @PostMapping("/{id}/template")
    @PreAuthorize(Roles.WRITE)
    String saveTemplate(@PathVariable UUID id, @ModelAttribute("form") TemplateForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        try {
            campaigns.updateTemplate(id, form.toTemplate());
            redirect.addFlashAttribute("templateSaved", true);
            return "redirect:/campaigns/" + id;
        } catch (InvalidCampaign invalid) {
            reject(invalid.violations(), errors);
            return editor(id, form, true, model);
        }
    }

    /**
     * The message as a person would receive it, drawn from the editor's current text without storing it: the
     * fragment for htmx while the author types, the whole editor otherwise.
     */
    @PostMapping("/{id}/template/preview")
    @PreAuthorize(Roles.WRITE)
    String previewTemplate(@PathVariable UUID id, @ModelAttribute("form") TemplateForm form, BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var page = editor(id, form, true, model);
        return htmx == null ? page : "campaigns/template :: message";
    }

    @GetMapping("/{id}/decisions/{personId}")
    @PreAuthorize(Roles.READ)
    String decision(@PathVariable UUID id, @PathVariable PersonId personId, Model model, Locale locale) {
        var decision = campaigns.decision(id, personId, locale);
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("decision", decision);
        model.addAttribute("evidence", evidence.lines(decision.decision().evidence(), locale));
        return "campaigns/decision";
    }

    private String form(UUID id, CampaignForm form, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("families", families.offered());
        model.addAttribute("types", PersonType.values());
        model.addAttribute("audiences", Audience.values());
        return "campaigns/form";
    }

    private String editor(UUID id, TemplateForm form, boolean showMessage, Model model) {
        var campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("form", form);
        model.addAttribute("mergeFields", MergeFields.ALL);
        if (showMessage) {
            model.addAttribute("message", campaigns.example(id, form.toTemplate()));
            model.addAttribute("problems", campaigns.check(form.toTemplate()));
        }
        return "campaigns/template";
    }

    private String familyName(String code) {
        return code == null ? null : families.find(code).map(family -> family.name()).orElse(code);
    }

    /** One error per field, on the form's field of the same name («audience.postcodes» is the field postcodes). */
    private static void reject(List<Violation> violations, BindingResult errors) {
        var seen = new HashSet<String>();
        violations.stream().filter(violation -> seen.add(violation.field())).forEach(violation -> {
            var field = violation.field().startsWith("audience.") ? violation.field().substring(9) : violation.field();
            if (List.of("channel", "purpose", "status").contains(field)) {
                errors.reject(violation.messageKey(), violation.arguments().toArray(), violation.messageKey());
            } else {
                errors.rejectValue(field, violation.messageKey(), violation.arguments().toArray(),
                        violation.messageKey());
            }
        });
    }
}
