package org.custodian.rights.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodian.rights.IdentityProofs;
import org.custodian.rights.InvalidRightsRequest;
import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestAssignments;
import org.custodian.rights.RequestAttachments;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RequestFilter;
import org.custodian.rights.RightsKind;
import org.custodian.rights.RightsRequests;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
 * The DPO's screens of the rights requests (DSR-1, DSR-2): the list by what is due, late or waiting; the entry of a
 * request received by letter, call, e-mail or social network (customer service too); a request with its deadline and
 * how it was counted, the candidates of the file, the extension and the identity check.
 */
@Controller
@RequestMapping("/rights")
class RightsController {

    /** The channels by which staff receive a request: the form and the API record their own. */
    static final List<RequestChannel> STAFF_CHANNELS = List.of(RequestChannel.LETTER, RequestChannel.PHONE,
            RequestChannel.EMAIL, RequestChannel.SOCIAL);

    private final RightsRequests requests;
    private final DeadlineExplanation explanation;
    private final IdentityProofs identityProofs;
    private final RequestAssignments assignments;
    private final RequestAttachments attachments;

    RightsController(RightsRequests requests, DeadlineExplanation explanation, IdentityProofs identityProofs,
            RequestAssignments assignments, RequestAttachments attachments) {
        this.requests = requests;
        this.explanation = explanation;
        this.identityProofs = identityProofs;
        this.assignments = assignments;
        this.attachments = attachments;
    }

    /** The reason typed in the extension or identity form. */
    record ReasonForm(String reason) {
    }

    @GetMapping
    @PreAuthorize(Roles.HANDLE)
    String list(@RequestParam(required = false) String filter, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        var current = filter(filter);
        model.addAttribute("filter", current);
        model.addAttribute("filters", RequestFilter.values());
        model.addAttribute("counts", requests.counts());
        model.addAttribute("q", q);
        model.addAttribute("requests", requests.list(current, q, PageRequest.of(page, null)));
        model.addAttribute("today", requests.today());
        return "rights/list";
    }

    private static RequestFilter filter(String value) {
        for (var filter : RequestFilter.values()) {
            if (filter.name().equals(value)) {
                return filter;
            }
        }
        return RequestFilter.OPEN;
    }

    @GetMapping("/new")
    @PreAuthorize(Roles.RECORD)
    String newForm(Model model) {
        if (!model.containsAttribute("rightsForm")) {
            model.addAttribute("rightsForm", RightsForm.empty(requests.today()));
        }
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("kinds", RightsKind.values());
        model.addAttribute("channels", STAFF_CHANNELS);
        model.addAttribute("languages", NewRightsRequest.LANGUAGES);
        model.addAttribute("today", requests.today());
        model.addAttribute("maxAttachmentMegabytes", RequestAttachments.MAX_BYTES / (1024 * 1024));
        return "rights/new";
    }

    @PostMapping
    @PreAuthorize(Roles.RECORD)
    String create(@ModelAttribute("rightsForm") RightsForm form, BindingResult binding, Model model,
            Authentication user, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var created = attachments.create(form.toRequest(), form.attachedFile());
                if (user.getAuthorities().stream().anyMatch(role -> role.getAuthority().equals("ROLE_DPO"))) {
                    redirect.addFlashAttribute("created", true);
                    return "redirect:/rights/" + created.id();
                }
                redirect.addFlashAttribute("recordedDeadline", created.deadline());
                return "redirect:/rights/new";
            } catch (InvalidRightsRequest invalid) {
                reject(invalid.violations(), binding);
            }
        }
        return form(model);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.HANDLE)
    String show(@PathVariable UUID id, Model model, Locale locale) {
        var request = requests.get(id);
        model.addAttribute("request", request);
        model.addAttribute("countLines", explanation.lines(request.count(), locale));
        model.addAttribute("candidates", requests.candidates(id));
        model.addAttribute("today", requests.today());
        model.addAttribute("identityChecks", identityProofs.checks(id));
        model.addAttribute("attachments", attachments.list(id));
        model.addAttribute("assignee", assignments.assignee(id).orElse(null));
        model.addAttribute("assignees", assignments.eligible());
        if (!model.containsAttribute("extendForm")) {
            model.addAttribute("extendForm", new ReasonForm(null));
        }
        if (!model.containsAttribute("identityForm")) {
            model.addAttribute("identityForm", new ReasonForm(null));
        }
        return "rights/detail";
    }

    @PostMapping("/{id}/match")
    @PreAuthorize(Roles.HANDLE)
    String match(@PathVariable UUID id, @RequestParam PersonId personId, RedirectAttributes redirect) {
        try {
            requests.match(id, personId);
            redirect.addFlashAttribute("matched", true);
        } catch (InvalidRightsRequest refused) {
            redirect.addFlashAttribute("refused", refused.violations().get(0));
        }
        return "redirect:/rights/" + id + "#candidates";
    }

    @PostMapping("/{id}/extend")
    @PreAuthorize(Roles.HANDLE)
    String extend(@PathVariable UUID id, @ModelAttribute("extendForm") ReasonForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            requests.extend(id, form.reason());
            redirect.addFlashAttribute("extended", true);
            return "redirect:/rights/" + id;
        } catch (InvalidRightsRequest invalid) {
            reject(invalid.violations(), binding);
            return show(id, model, locale);
        }
    }

    @PostMapping("/{id}/identity-check")
    @PreAuthorize(Roles.HANDLE)
    String askIdentity(@PathVariable UUID id, @ModelAttribute("identityForm") ReasonForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            identityProofs.ask(id, form.reason());
            redirect.addFlashAttribute("asked", true);
            return "redirect:/rights/" + id;
        } catch (InvalidRightsRequest invalid) {
            reject(invalid.violations(), binding);
            return show(id, model, locale);
        }
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize(Roles.HANDLE)
    String resume(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            requests.resume(id);
            redirect.addFlashAttribute("resumed", true);
        } catch (InvalidRightsRequest refused) {
            redirect.addFlashAttribute("refused", refused.violations().get(0));
        }
        return "redirect:/rights/" + id;
    }

    private static void reject(List<Violation> violations, BindingResult binding) {
        var seen = new HashSet<String>();
        violations.stream().filter(violation -> seen.add(violation.field()))
                .forEach(violation -> binding.rejectValue(violation.field(), violation.messageKey(),
                        violation.arguments().toArray(), violation.messageKey()));
    }
}
