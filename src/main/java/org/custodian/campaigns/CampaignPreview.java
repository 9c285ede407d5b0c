package org.custodian.campaigns;

import java.util.List;
import java.util.Map;

import org.custodian.prospecting.EligibilityDecision;
import org.custodian.prospecting.EligibilityRule;
import org.custodian.shared.PersonId;

/**
 * Who a campaign would reach now, and why not the others (PRO-2, PRO-5).
 *
 * @param audience  persons its filters select
 * @param eligible  of them, those it may reach now
 * @param postponed of them, those over the frequency cap (PRO-8)
 * @param excluded  of them, those excluded, by rule, in the order the rules apply; rules that excluded nobody are left
 *                  out
 * @param sample    some included and some excluded persons, with their name and the sentence of their decision
 */
public record CampaignPreview(long audience, long eligible, long postponed, Map<EligibilityRule, Long> excluded,
        List<Person> sample) {

    /** The largest of the counts, to scale a chart. */
    public long largest() {
        return Math.max(Math.max(eligible, postponed), excluded.values().stream().mapToLong(Long::longValue).max()
                .orElse(0));
    }

    /** How many are excluded, every rule together. */
    public long excludedTotal() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * @param name     the person's name, or null when the current user may not read names
     * @param sentence why, in the user's language
     */
    public record Person(PersonId id, String name, EligibilityDecision decision, String sentence) {
    }
}
