package org.custodian.retention.web;

import org.custodian.retention.LegalHolds;
import org.custodian.shared.PersonId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The legal-hold panel of the person page (RET-5): the holds that keep the person from deletion today, and for the
 * DPO the way to place one; loaded into the page by the customer file's template.
 */
@Controller
class LegalHoldPanelController {

    private final LegalHolds holds;

    LegalHoldPanelController(LegalHolds holds) {
        this.holds = holds;
    }

    @GetMapping("/retention/persons/{personId}/legal-hold-panel")
    @PreAuthorize(LegalHoldRoles.READ)
    String panel(@PathVariable PersonId personId, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("holds", holds.inForceFor(personId));
        return "retention/legal-hold-panel :: panel";
    }
}
