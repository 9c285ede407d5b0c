package org.custodian.prospecting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.custodian.contacts.Audience;

/**
 * PRO-2 — the eligibility of one person for one electronic campaign, with its reason and evidence (000 §4, §7, §9;
 * 003; CPCE L.34-5). The rules apply in the legal order and the first decisive one answers:
 * <ol>
 * <li>what the person refused always excludes, whatever else holds: an objection or a withdrawal
 * ({@link OppositionPrevails}), an entry of the suppression list — unless a later explicit consent lifted it for the
 * channel, which the decision then says ({@link SuppressionPrevails}) — and a restriction of processing
 * ({@link RestrictionPrevails});</li>
 * <li>the 3 years after collection, last contact or end of the relationship ({@link ProspectRetention});</li>
 * <li>an address to send to;</li>
 * <li>a professional's generic company address is outside the consent rules ({@link GenericAddressRule});</li>
 * <li>a prior, confirmed consent ({@link ConsumerConsent}); else the soft opt-in of a customer ({@link SoftOptIn});
 * else, for a professional only, a campaign related to their profession ({@link ProfessionalRelevance}); else
 * excluded;</li>
 * <li>whoever is in is postponed, not dropped, when over the frequency cap ({@link FrequencyCap}).</li>
 * </ol>
 * Pure: no Spring, no database; the facts come from the engine, {@code today} from its clock.
 */
public final class EligibilityRules {

    private final ProspectRetention retention;
    private final FrequencyCap cap;
    private final ZoneId zone;

    /**
     * @param retention        how long after the last date that counts a person may be canvassed (3 years)
     * @param maxMessages      the frequency cap: messages allowed within {@code window}
     * @param window           the frequency cap's window, whole days
     * @param zone             the organisation's time zone, for the days the reasons name
     */
    public EligibilityRules(Period retention, int maxMessages, Duration window, ZoneId zone) {
        this.retention = new ProspectRetention(retention);
        this.cap = new FrequencyCap(maxMessages, window);
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The rules with the standard's values: 3 years, 4 messages per 30 days. */
    public static EligibilityRules standard(ZoneId zone) {
        return new EligibilityRules(ProspectRetention.THREE_YEARS, 4, Duration.ofDays(30), zone);
    }

    /** Whether the campaign may reach the person on {@code today}, and why. */
    public EligibilityDecision decide(ProspectFacts facts, CampaignTerms terms, LocalDate today) {
        var opposition = OppositionPrevails.decide(facts.consent(), zone);
        if (opposition.isPresent()) {
            return opposition.get();
        }
        var suppression = SuppressionPrevails.judge(facts.suppression(), facts.consent(), terms.channel(), zone);
        if (suppression.exclusion() != null) {
            return suppression.exclusion();
        }
        var restriction = RestrictionPrevails.decide(facts.restriction(), zone);
        if (restriction.isPresent()) {
            return restriction.get();
        }
        var expired = retention.decide(facts, today);
        if (expired.isPresent()) {
            return expired.get();
        }
        var decision = basis(facts, terms);
        if (suppression.lift() != null) {
            decision = decision.withEvidence(suppression.lift());
            if (decision.rule() == EligibilityRule.CONSENT && decision.eligible()) {
                decision = decision.because("prospecting.reason.consent.liftsSuppression",
                        decision.reasonArguments().get(0), suppression.entryDay());
            }
        }
        return cap.apply(decision, facts.messagesInWindow());
    }

    /** What allows the message at all: a generic address, a consent, the soft opt-in, a professional's relevance. */
    private EligibilityDecision basis(ProspectFacts facts, CampaignTerms terms) {
        if (facts.email() == null || facts.email().isBlank()) {
            return EligibilityDecision.excluded(EligibilityRule.NO_ADDRESS, "prospecting.reason.noAddress",
                    EligibilityDecision.evidenceOf());
        }
        var generic = GenericAddressRule.decide(facts);
        if (generic.isPresent()) {
            return generic.get();
        }
        if (ConsumerConsent.given(facts.consent())) {
            return ConsumerConsent.eligible(facts.consent(), zone);
        }
        var softOptIn = SoftOptIn.decide(facts, terms, zone);
        if (softOptIn.isPresent() && softOptIn.get().eligible()) {
            return softOptIn.get();
        }
        if (facts.audience() == Audience.PROFESSIONAL) {
            return ProfessionalRelevance.decide(facts, terms);
        }
        return softOptIn.orElseGet(() -> ConsumerConsent.missing(facts.consent(), zone));
    }
}
