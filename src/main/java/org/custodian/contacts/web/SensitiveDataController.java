package org.custodian.contacts.web;

import java.util.UUID;

import org.custodian.shared.PersonId;
import org.custodian.contacts.SensitiveData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The sensitive-data panel of the person page (CON-4, SEC-5): each datum with the proof of the consent it is kept
 * under, and its erasure when the consent is withdrawn. Served as an htmx fragment that the person page loads for
 * the roles allowed to see it only, so that the values never reach anyone else's browser; each display is an
 * audited read.
 */
@Controller
@RequestMapping("/persons/{id}/sensitive-data")
class SensitiveDataController {

    static final String PURPOSE = "customer-relationship/sensitive-data";

    private final SensitiveData sensitiveData;

    SensitiveDataController(SensitiveData sensitiveData) {
        this.sensitiveData = sensitiveData;
    }

    @GetMapping
    @PreAuthorize(Roles.SENSITIVE)
    String panel(@PathVariable PersonId id, Model model) {
        return show(id, model);
    }

    /** The datum id alone names what to erase; the person's id only says which page to come back to. */
    @PostMapping("/{datumId}/erase")
    @PreAuthorize(Roles.SENSITIVE)
    String erase(@PathVariable PersonId id, @PathVariable UUID datumId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        sensitiveData.erase(datumId);
        if (htmx == null) {
            return "redirect:/persons/" + id;
        }
        model.addAttribute("erased", true);
        return show(id, model);
    }

    private String show(PersonId id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("data", sensitiveData.of(id, PURPOSE));
        return "contacts/sensitive-data :: panel";
    }
}
