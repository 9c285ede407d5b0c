package org.custodian.campaigns;

import org.custodian.prospecting.EligibilityDecision;
import org.custodian.shared.PersonId;

/**
 * Why one person is or is not in one campaign (PRO-2): «why was this person canvassed?».
 *
 * @param name     the person's name, or null when the current user may not read names
 * @param sentence the decision's reason in the user's language
 */
public record CampaignDecision(PersonId person, String name, EligibilityDecision decision, String sentence) {
}
