package org.custodian.prospecting;

import static org.custodian.prospecting.EligibilityDecision.evidenceOf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.custodian.contacts.Audience;

/**
 * PRO-2 — seed 003 (NESTOR): «si les données concernées ne permettent pas l'identification de personnes physiques
 * (exemple : coordonnées génériques de contacts de personnes morales non identifiantes), les règles afférentes au
 * recueil préalable du consentement ne sont pas applicables.» A company's generic address ({@code contact@},
 * {@code info@} …, or one staff marked as such) is outside the consent rules; a consumer's address never is.
 *
 * @param localParts the maintained list of generic local parts, lower case
 */
record GenericAddresses(Set<String> localParts) {

    /** The list used when none is configured. */
    static final List<String> DEFAULT = List.of("contact", "info", "infos", "accueil", "bonjour", "hello", "commercial",
            "commandes", "ventes", "sales", "direction", "secretariat", "administration", "compta", "comptabilite",
            "rh", "recrutement", "jobs", "support", "service-client", "serviceclient", "sav", "reservation",
            "office", "mail", "courrier");

    GenericAddresses {
        if (localParts == null || localParts.isEmpty()) {
            throw new IllegalArgumentException("The list of generic addresses cannot be empty");
        }
        localParts = localParts.stream().map(part -> part.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    GenericAddresses(List<String> localParts) {
        this(Set.copyOf(localParts));
    }

    /** Whether the address is on the list (before the {@code @}, case ignored). */
    boolean listed(String email) {
        if (email == null) {
            return false;
        }
        var at = email.lastIndexOf('@');
        return at > 0 && localParts.contains(email.substring(0, at).strip().toLowerCase(Locale.ROOT));
    }

    /** Eligible, outside the consent rules, when a professional's address identifies no one. */
    Optional<EligibilityDecision> decide(ProspectFacts facts) {
        if (facts.audience() != Audience.PROFESSIONAL || !(facts.markedGeneric() || listed(facts.email()))) {
            return Optional.empty();
        }
        return Optional.of(EligibilityDecision.eligible(EligibilityRule.GENERIC_ADDRESS,
                facts.markedGeneric() ? "prospecting.reason.generic.marked" : "prospecting.reason.generic.listed",
                evidenceOf("genericAddress", facts.markedGeneric() ? "marked" : "listed")));
    }
}
