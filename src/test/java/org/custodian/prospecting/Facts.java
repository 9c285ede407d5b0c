package org.custodian.prospecting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.consent.ConsentStatus;
import org.custodian.contacts.GenericCompanyAddress;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;
import org.custodian.prospecting.ProspectFacts.ConsentFact;
import org.custodian.prospecting.ProspectFacts.Purchase;
import org.custodian.prospecting.ProspectFacts.RestrictionFact;
import org.custodian.prospecting.ProspectFacts.SoftOptInEvidence;
import org.custodian.prospecting.ProspectFacts.SuppressionFact;
import org.custodian.shared.PersonId;

/** Builds the facts of the rules' tests: a consumer prospect collected recently, with an address and nothing else. */
final class Facts {

    static final LocalDate TODAY = LocalDate.parse("2026-06-15");
    static final CampaignTerms GARDEN = new CampaignTerms(Channel.EMAIL, "PROSPECTING", "JARDIN", List.of());

    PersonType type = PersonType.PROSPECT;
    Audience audience = Audience.CONSUMER;
    String email = "marie.dupont@example.org";
    GenericCompanyAddress.Basis genericAddress;
    String jobTitle;
    String sector;
    LocalDate collectedOn = TODAY.minusMonths(6);
    LocalDate lastContactOn;
    boolean oppositionOffered = true;
    ConsentFact consent;
    final List<SoftOptInEvidence> softOptIns = new ArrayList<>();
    final List<Purchase> purchases = new ArrayList<>();
    SuppressionFact suppression;
    RestrictionFact restriction;
    int messages;

    static Facts consumer() {
        return new Facts();
    }

    static Facts professional(String jobTitle, String sector) {
        var facts = new Facts();
        facts.audience = Audience.PROFESSIONAL;
        facts.jobTitle = jobTitle;
        facts.sector = sector;
        facts.email = "j.martin@entreprise.example";
        return facts;
    }

    static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    Facts consent(ConsentStatus status, String day) {
        consent = new ConsentFact(UUID.randomUUID(), status, at(day));
        return this;
    }

    /** A customer who bought in {@code family} on {@code day}, the address collected there as the law asks. */
    Facts customerOf(String family, String day) {
        type = PersonType.CUSTOMER;
        var purchase = new Purchase(UUID.randomUUID(), LocalDate.parse(day), family, null, null);
        purchases.add(purchase);
        softOptIns.add(new SoftOptInEvidence(UUID.randomUUID(), at(day), purchase.id(), family, true, true, false,
                true));
        return this;
    }

    Facts suppressed(SuppressionChannel channel, String day) {
        suppression = new SuppressionFact(UUID.randomUUID(), at(day), channel);
        return this;
    }

    ProspectFacts build() {
        return new ProspectFacts(new PersonId(UUID.randomUUID()), type, audience, email, genericAddress, jobTitle,
                sector, collectedOn, lastContactOn, oppositionOffered, consent, softOptIns, purchases, suppression,
                restriction, messages);
    }
}
