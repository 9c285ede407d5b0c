package org.custodian.prospecting;

import static org.custodian.prospecting.EligibilityDecision.evidenceOf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.custodian.contacts.PersonType;
import org.custodian.prospecting.ProspectFacts.SoftOptInEvidence;

/**
 * PRO-2, the soft opt-in — CPCE L.34-5 as seed 003 quotes it: «la prospection directe par courrier électronique est
 * autorisée si les coordonnées du destinataire ont été recueillies directement auprès de lui … à l'occasion d'une
 * vente ou d'une prestation de services, si la prospection directe concerne des produits ou services analogues fournis
 * par la même personne physique ou morale, et si le destinataire se voit offrir, de manière expresse et dénuée
 * d'ambiguïté, la possibilité de s'opposer … lorsque celles-ci sont recueillies». An existing customer, the address
 * collected at a sale by this organisation, opposition offered then and not exercised, and a campaign for the same
 * product family as one bought («analogues» is read as «of the same family», the list the organisation maintains).
 */
final class SoftOptIn {

    private SoftOptIn() {
    }

    /**
     * Eligible when one piece of evidence meets every condition; otherwise excluded with the condition that failed
     * for the evidence that came closest; empty when there is no evidence at all.
     */
    static Optional<EligibilityDecision> decide(ProspectFacts facts, CampaignTerms terms, ZoneId zone) {
        if (facts.softOptIns().isEmpty()) {
            return Optional.empty();
        }
        if (facts.type() != PersonType.CUSTOMER) {
            return Optional.of(EligibilityDecision.excluded(EligibilityRule.SOFT_OPT_IN,
                    "prospecting.reason.softOptIn.notCustomer", evidenceOf()));
        }
        EligibilityDecision closest = null;
        var closestStage = -1;
        for (var item : facts.softOptIns()) {
            var day = item.day(zone);
            var proof = evidenceOf("softOptInId", item.id(), "softOptInDate", item.recordedAt(), "purchaseId",
                    item.purchaseId());
            int stage;
            EligibilityDecision failure;
            if (!item.byThisOrganisation()) {
                stage = 0;
                failure = EligibilityDecision.excluded(EligibilityRule.SOFT_OPT_IN,
                        "prospecting.reason.softOptIn.otherOrganisation", proof);
            } else if (!item.collectedAtSale()) {
                stage = 1;
                failure = EligibilityDecision.excluded(EligibilityRule.SOFT_OPT_IN,
                        "prospecting.reason.softOptIn.notAtSale", proof);
            } else if (!item.oppositionOffered()) {
                stage = 2;
                failure = EligibilityDecision.excluded(EligibilityRule.SOFT_OPT_IN,
                        "prospecting.reason.softOptIn.notOffered", proof, day);
            } else if (item.opposed()) {
                stage = 3;
                var opposed = evidenceOf("softOptInId", item.id(), "oppositionDate", item.recordedAt(), "purchaseId",
                        item.purchaseId());
                failure = EligibilityDecision.excluded(EligibilityRule.SOFT_OPT_IN,
                        "prospecting.reason.softOptIn.opposed", opposed, day);
            } else if (terms.productFamily() == null) {
                stage = 4;
                failure = EligibilityDecision.excluded(EligibilityRule.SOFT_OPT_IN,
                        "prospecting.reason.softOptIn.noFamily", proof);
            } else {
                var match = sameFamily(item, facts, terms.productFamily());
                if (match.isPresent()) {
                    return Optional.of(EligibilityDecision.eligible(EligibilityRule.SOFT_OPT_IN,
                            "prospecting.reason.softOptIn", evidenceOf("softOptInId", item.id(), "softOptInDate",
                                    item.recordedAt(), "purchaseId", match.get(), "productFamily",
                                    terms.productFamily()), new ProductFamilyNames(List.of(terms.productFamily())),
                            day));
                }
                stage = 5;
                failure = EligibilityDecision.excluded(EligibilityRule.SOFT_OPT_IN,
                        "prospecting.reason.softOptIn.otherFamily", proof,
                        new ProductFamilyNames(List.of(terms.productFamily())),
                        new ProductFamilyNames(List.copyOf(familiesBought(item, facts))));
            }
            if (stage > closestStage) {
                closestStage = stage;
                closest = failure;
            }
        }
        return Optional.of(closest);
    }

    /** The purchase of the campaign's family that makes the products similar (or the evidence's own sale). */
    private static Optional<String> sameFamily(SoftOptInEvidence item, ProspectFacts facts, String family) {
        for (var purchase : facts.purchases()) {
            if (same(purchase.productFamily(), family)) {
                return Optional.of(purchase.id().toString());
            }
        }
        if (same(item.productFamily(), family)) {
            return Optional.of(item.purchaseId() == null ? item.id().toString() : item.purchaseId().toString());
        }
        return Optional.empty();
    }

    private static LinkedHashSet<String> familiesBought(SoftOptInEvidence item, ProspectFacts facts) {
        var families = new LinkedHashSet<String>();
        if (item.productFamily() != null) {
            families.add(item.productFamily());
        }
        facts.purchases().stream().map(ProspectFacts.Purchase::productFamily).filter(Objects::nonNull)
                .forEach(families::add);
        return families;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
