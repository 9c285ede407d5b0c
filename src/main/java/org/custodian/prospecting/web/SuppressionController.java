package org.custodian.prospecting.web;

import java.util.HashSet;

import org.custodian.prospecting.InvalidSuppression;
import org.custodian.prospecting.SuppressionChannel;
import org.custodian.prospecting.SuppressionList;
import org.custodian.prospecting.SuppressionRequest;
import org.custodian.prospecting.SuppressionSource;
import org.custodian.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The suppression list's screen (PRO-3): «is this address on the list?» (the typed address is hashed, never listed
 * nor put in a URL), an opposition added by staff with its reason, and the entries paged, without any address.
 */
@Controller
@RequestMapping("/prospecting/suppressions")
class SuppressionController {

    private final SuppressionList list;

    SuppressionController(SuppressionList list) {
        this.list = list;
    }

    /** The look-up form. */
    record LookupForm(String email, String phone) {
    }

    /** The form of an opposition staff received. */
    record AddForm(String email, String phone, SuppressionChannel channel, String reason) {
    }

    @GetMapping
    @PreAuthorize(Roles.SCREEN)
    String page(@RequestParam(required = false) Integer page, Model model) {
        if (!model.containsAttribute("lookupForm")) {
            model.addAttribute("lookupForm", new LookupForm(null, null));
        }
        if (!model.containsAttribute("addForm")) {
            model.addAttribute("addForm", new AddForm(null, null, SuppressionChannel.ALL, null));
        }
        model.addAttribute("channels", SuppressionChannel.values());
        model.addAttribute("entries", list.list(PageRequest.of(page, null)));
        return "prospecting/suppressions";
    }

    /** A POST, so that the address typed stays out of URLs, browser history and access logs. */
    @PostMapping("/lookup")
    @PreAuthorize(Roles.SCREEN)
    String lookup(@ModelAttribute("lookupForm") LookupForm form, BindingResult errors, Model model) {
        try {
            model.addAttribute("found", list.lookup(form.email(), form.phone()));
        } catch (InvalidSuppression invalid) {
            invalid.violations().forEach(violation -> errors.rejectValue(violation.field(), violation.messageKey(),
                    violation.arguments().toArray(), violation.messageKey()));
        }
        return page(null, model);
    }

    @PostMapping
    @PreAuthorize(Roles.SCREEN)
    String add(@ModelAttribute("addForm") AddForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        try {
            var added = list.add(new SuppressionRequest(form.email(), form.phone(), form.channel(),
                    SuppressionSource.STAFF, form.reason()));
            redirect.addFlashAttribute("added", added.size());
            return "redirect:/prospecting/suppressions";
        } catch (InvalidSuppression invalid) {
            var seen = new HashSet<String>();
            invalid.violations().stream().filter(violation -> seen.add(violation.field()))
                    .forEach(violation -> errors.rejectValue(violation.field(), violation.messageKey(),
                            violation.arguments().toArray(), violation.messageKey()));
            return page(null, model);
        }
    }
}
