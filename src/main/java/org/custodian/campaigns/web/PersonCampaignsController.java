package org.custodian.campaigns.web;

import java.util.Locale;

import org.custodian.campaigns.PersonCampaigns;
import org.custodian.shared.PersonId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The campaigns panel of a person's page (PRO-2): loaded into the page by the customer file's template, so that the
 * customer file need not know campaigns exist.
 */
@Controller
class PersonCampaignsController {

    private final PersonCampaigns campaigns;

    PersonCampaignsController(PersonCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/persons/{personId}")
    @PreAuthorize(Roles.READ)
    String panel(@PathVariable PersonId personId, Model model, Locale locale) {
        model.addAttribute("personId", personId);
        model.addAttribute("lines", campaigns.of(personId, locale));
        return "campaigns/person-panel :: panel";
    }
}
