package org.custodian.prospecting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.custodian.shared.PersonId;

/**
 * The eligibility of a whole audience for one campaign (PRO-2), read set-based from the file, the consent ledger, the
 * soft opt-in evidence, the suppression list and the restrictions, and decided by {@link EligibilityRules}: never a
 * query per person.
 */
public interface CampaignEligibility {

    /** How many persons of the audience are in, postponed and out (by the rule that excludes them), with a sample. */
    EligibilityPreview preview(CampaignTerms terms, AudienceFilter audience, int sampleSize);

    /**
     * Why one person is or is not in the campaign, with the evidence; a person outside the audience's filters is
     * excluded by {@link EligibilityRule#AUDIENCE}.
     *
     * @throws org.custodian.contacts.PersonNotFound when the person is not in the file
     */
    EligibilityDecision decide(CampaignTerms terms, AudienceFilter audience, PersonId person);

    /**
     * The next persons of the audience in id order after {@code after} (null: from the start), each with their
     * decision taken now and the address to use: what a sender re-checks batch by batch.
     */
    List<Recipient> next(CampaignTerms terms, AudienceFilter audience, PersonId after, int limit);

    /**
     * These persons' decisions taken now, each with the address to use (PRO-8: the persons a campaign postponed,
     * decided again once they are back under the frequency cap); a person no longer in the audience's filters is
     * excluded by {@link EligibilityRule#AUDIENCE}, a person no longer in the file is left out. Set-based.
     */
    List<Recipient> decideAll(CampaignTerms terms, AudienceFilter audience, Collection<PersonId> persons);

    /**
     * PRO-8: when each of these persons is back under the frequency cap, at the earliest: the instant the oldest
     * message that keeps them over it leaves the window; {@code now} for a person already under it.
     */
    Map<PersonId, Instant> underCapAgain(Collection<PersonId> persons);

    /** A person of the audience, their e-mail address (null when none) and their decision. */
    record Recipient(PersonId person, String email, EligibilityDecision decision) {
    }

    /**
     * @param audience  persons the filters select
     * @param eligible  of them, those the campaign may reach now
     * @param postponed of them, those over the frequency cap (PRO-8)
     * @param excluded  of them, those excluded, by the rule that excluded them
     * @param sample    some included and some excluded persons with their decisions
     */
    record EligibilityPreview(long audience, long eligible, long postponed, Map<EligibilityRule, Long> excluded,
            List<Recipient> sample) {
    }
}
