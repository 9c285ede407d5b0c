package org.custodian.prospecting;

import static org.custodian.prospecting.EligibilityDecision.evidenceOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.custodian.consent.Channel;
import org.custodian.prospecting.ProspectFacts.ConsentFact;
import org.custodian.prospecting.ProspectFacts.SuppressionFact;

/**
 * PRO-3 — an entry of the suppression list stops every message of its channel, unless the person later gave an
 * explicit, confirmed consent for that channel, dated after the opposition (000 §4: consent is «a positive and specific
 * action by the person concerned»; the person who objected chose again).
 */
final class SuppressionPrevails {

    private SuppressionPrevails() {
    }

    /**
     * What the entry does to a campaign on {@code channel}.
     *
     * @param entry   the entry matching the person's address, or null
     * @param consent the person's current consent on that channel, or null
     */
    static Verdict judge(SuppressionFact entry, ConsentFact consent, Channel channel, ZoneId zone) {
        if (entry == null || !entry.channel().covers(channel)) {
            return Verdict.NONE;
        }
        var onList = LocalDate.ofInstant(entry.at(), zone);
        var entryEvidence = evidenceOf("suppressionEntryId", entry.id(), "oppositionDate", entry.at(),
                "suppressionChannel", entry.channel());
        if (consent != null && lifts(entry.at(), consent.confirmed(), consent.at())) {
            var lift = new LinkedHashMap<>(entryEvidence);
            lift.put("suppressionLiftedByConsent", consent.id().toString());
            return new Verdict(null, lift, onList);
        }
        return new Verdict(EligibilityDecision.excluded(EligibilityRule.SUPPRESSION_LIST,
                "prospecting.reason.suppressed", entryEvidence, onList), null, onList);
    }

    /** Whether a consent lifts an opposition: confirmed, and given after it. */
    static boolean lifts(Instant oppositionAt, boolean confirmedConsent, Instant consentAt) {
        return confirmedConsent && consentAt.isAfter(oppositionAt);
    }

    /**
     * @param exclusion  the decision when the entry stops the message, else null
     * @param lift       the evidence of an entry lifted by a later consent, else null
     * @param entryDay   the day the address went on the list
     */
    record Verdict(EligibilityDecision exclusion, Map<String, String> lift, LocalDate entryDay) {

        static final Verdict NONE = new Verdict(null, null, null);
    }
}
