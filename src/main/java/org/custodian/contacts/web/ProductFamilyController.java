package org.custodian.contacts.web;

import org.custodian.contacts.InvalidPersonData;
import org.custodian.contacts.ProductFamilies;
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
 * The product families screen (PRO-2): marketing and the administrator list, add, rename, retire and offer again the
 * families; one that no purchase names can be deleted. The DPO reads it.
 */
@Controller
@RequestMapping("/product-families")
class ProductFamilyController {

    private final ProductFamilies families;

    ProductFamilyController(ProductFamilies families) {
        this.families = families;
    }

    @GetMapping
    @PreAuthorize(Roles.FAMILIES_SCREEN)
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new FamilyForm(null, null));
        }
        model.addAttribute("families", families.list());
        return "contacts/product-families";
    }

    @PostMapping
    @PreAuthorize(Roles.FAMILIES_WRITE)
    String create(@ModelAttribute("form") FamilyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            families.create(form.code(), form.name());
            redirect.addFlashAttribute("notice", "productFamilies.created");
            return "redirect:/product-families";
        } catch (InvalidPersonData invalid) {
            for (var violation : invalid.violations()) {
                if (!binding.hasFieldErrors(violation.field())) {
                    binding.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(),
                            null);
                }
            }
        }
        model.addAttribute("families", families.list());
        return "contacts/product-families";
    }

    @PostMapping("/{code}/rename")
    @PreAuthorize(Roles.FAMILIES_WRITE)
    String rename(@PathVariable String code, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            families.rename(code, name);
            redirect.addFlashAttribute("notice", "productFamilies.saved");
        } catch (InvalidPersonData invalid) {
            redirect.addFlashAttribute("error", invalid.violations().get(0).messageKey());
            redirect.addFlashAttribute("errorArguments", invalid.violations().get(0).arguments().toArray());
            redirect.addFlashAttribute("errorCode", code);
        }
        return "redirect:/product-families";
    }

    @PostMapping("/{code}/retire")
    @PreAuthorize(Roles.FAMILIES_WRITE)
    String retire(@PathVariable String code, RedirectAttributes redirect) {
        families.retire(code, true);
        redirect.addFlashAttribute("notice", "productFamilies.saved");
        return "redirect:/product-families";
    }

    @PostMapping("/{code}/reinstate")
    @PreAuthorize(Roles.FAMILIES_WRITE)
    String reinstate(@PathVariable String code, RedirectAttributes redirect) {
        families.retire(code, false);
        redirect.addFlashAttribute("notice", "productFamilies.saved");
        return "redirect:/product-families";
    }

    @PostMapping("/{code}/delete")
    @PreAuthorize(Roles.FAMILIES_WRITE)
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        try {
            families.delete(code);
            redirect.addFlashAttribute("notice", "productFamilies.deleted");
        } catch (InvalidPersonData invalid) {
            redirect.addFlashAttribute("error", invalid.violations().get(0).messageKey());
            redirect.addFlashAttribute("errorArguments", new Object[0]);
            redirect.addFlashAttribute("errorCode", code);
        }
        return "redirect:/product-families";
    }

    /** The form that adds a family. */
    record FamilyForm(String code, String name) {
    }
}
