package org.custodian.campaigns;

import java.util.List;
import java.util.Locale;

import org.custodian.prospecting.CampaignEligibility;
import org.custodian.prospecting.EligibilityDecision;
import org.custodian.prospecting.EligibilityReasons;
import org.custodian.shared.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * «Why is or isn't this person in our campaigns?» answered from the person's page (PRO-2, issue 9 §2): the latest
 * campaigns, each with the decision the rules take now for this person and its reason.
 */
@Service
public class PersonCampaigns {

    /** How many of the latest campaigns the person's page explains. */
    static final int SHOWN = 10;

    private final CampaignRepository repository;
    private final CampaignEligibility eligibility;
    private final EligibilityReasons reasons;

    PersonCampaigns(CampaignRepository repository, CampaignEligibility eligibility, EligibilityReasons reasons) {
        this.repository = repository;
        this.eligibility = eligibility;
        this.reasons = reasons;
    }

    /**
     * The latest campaigns that are not cancelled, with this person's decision in each; each decision is a read of the
     * person that the eligibility engine audits (covered by the person page's entry when the panel is loaded by it).
     *
     * @throws org.custodian.contacts.PersonNotFound when the person is not in the file
     */
    @Transactional(readOnly = true)
    public List<Line> of(PersonId person, Locale locale) {
        return repository.latest(SHOWN).stream().map(campaign -> {
            var decision = eligibility.decide(campaign.terms(), campaign.audience(), person);
            return new Line(campaign, decision, reasons.sentence(decision, locale));
        }).toList();
    }

    /**
     * @param campaign the campaign
     * @param decision whether it may reach the person now, and why
     * @param sentence the reason in the user's language
     */
    public record Line(CampaignView campaign, EligibilityDecision decision, String sentence) {
    }
}
