package org.custodian.contacts.web;

import org.custodian.contacts.GenericAddresses;
import org.custodian.contacts.InvalidPersonData;
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
 * The list of generic company addresses (PRO-2, seed 003: such an address identifies no one): kept by the
 * administrator, read by marketing and the DPO.
 */
@Controller
@RequestMapping("/admin/generic-addresses")
class GenericAddressController {

    private final GenericAddresses addresses;

    GenericAddressController(GenericAddresses addresses) {
        this.addresses = addresses;
    }

    @GetMapping
    @PreAuthorize(Roles.GENERIC_READ)
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LocalPartForm(null));
        }
        model.addAttribute("localParts", addresses.localParts());
        return "contacts/generic-addresses";
    }

    @PostMapping
    @PreAuthorize(Roles.GENERIC_WRITE)
    String add(@ModelAttribute("form") LocalPartForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            addresses.add(form.localPart());
            redirect.addFlashAttribute("notice", "genericAddresses.added");
            return "redirect:/admin/generic-addresses";
        } catch (InvalidPersonData invalid) {
            var violation = invalid.violations().get(0);
            binding.rejectValue("localPart", violation.messageKey(), violation.arguments().toArray(), null);
        }
        model.addAttribute("localParts", addresses.localParts());
        return "contacts/generic-addresses";
    }

    @PostMapping("/remove")
    @PreAuthorize(Roles.GENERIC_WRITE)
    String remove(@RequestParam(required = false) String localPart, RedirectAttributes redirect) {
        addresses.remove(localPart);
        redirect.addFlashAttribute("notice", "genericAddresses.removed");
        return "redirect:/admin/generic-addresses";
    }

    /** The form that adds a local part. */
    record LocalPartForm(String localPart) {
    }
}
