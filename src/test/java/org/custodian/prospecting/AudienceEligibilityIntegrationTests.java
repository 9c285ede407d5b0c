package org.custodian.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.custodian.consent.Channel;
import org.custodian.contacts.PersonNotFound;
import org.custodian.contacts.PersonType;
import org.custodian.prospecting.CampaignEligibility.Recipient;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PRO-2 — the eligibility engine over the file, NESTOR replayed (seed 003): professionals scraped whose job is
 * unrelated to the campaign are excluded for that reason, consumers without consent are excluded, a soft opt-in
 * customer is in only for the family they bought, an address on the suppression list is out unless a later consent
 * lifted it, and a person outside the audience's filters is out by the audience.
 */
@IntegrationTest
class AudienceEligibilityIntegrationTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    CampaignEligibility eligibility;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SuppressionHasher hasher;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ProspectKeys keys;

    private ProspectRows rows;
    /** A postcode of this test alone, so that its audiences hold its own persons only. */
    private String postcode;
    private AudienceFilter here;

    @BeforeEach
    void rows() {
        rows = new ProspectRows(jdbc, hasher);
        postcode = "98" + (100 + ThreadLocalRandom.current().nextInt(900));
        // a database kept between runs (PostgreSQL) may hold an earlier run's persons of that postcode
        jdbc.sql("DELETE FROM person WHERE id IN (SELECT person_id FROM prospect_key WHERE postcode = ?)")
                .param(postcode).update();
        here = new AudienceFilter(null, null, null, List.of(postcode), null, null, null, null);
    }

    private static CampaignTerms campaign(String family, String... professions) {
        return new CampaignTerms(Channel.EMAIL, "PROSPECTING", family, List.of(professions));
    }

    private UUID consumer(String type) {
        return rows.person(type, "CONSUMER", "c." + UUID.randomUUID() + "@example.org", null,
                "4 rue Haute, " + postcode + " Ville", null, null, false, "FORM", clock.instant(), null);
    }

    private UUID scraped(String job, String sector) {
        return rows.person("PROSPECT", "PROFESSIONAL", "p." + UUID.randomUUID() + "@entreprise.example", null,
                "ZI Nord, " + postcode + " Ville", job, sector, false, "IMPORT", clock.instant(), null);
    }

    private EligibilityDecision decide(CampaignTerms terms, UUID person) {
        return eligibility.decide(terms, here, new PersonId(person));
    }

    @Test
    @DisplayName("PRO-2 NESTOR: professionals scraped whose job is unrelated to the campaign are excluded for that reason")
    void scrapedProfessionalsWithUnrelatedJobsAreExcluded() {
        var developer = scraped("Développeur", "Informatique");
        var buyer = scraped("Responsable des achats", null);
        var terms = campaign(null, "achats", "acheteur");

        var unrelated = decide(terms, developer);
        var uninformed = decide(terms, buyer);

        assertThat(unrelated.eligible()).isFalse();
        assertThat(unrelated.rule()).isEqualTo(EligibilityRule.PROFESSIONAL_RELEVANCE);
        assertThat(unrelated.reasonKey()).isEqualTo("prospecting.reason.relevance.unrelated");
        assertThat(unrelated.evidence()).containsEntry("jobTitle", "Développeur").containsEntry("campaignProfessions",
                "achats, acheteur");
        // related, but scraped: never informed nor able to object when collected
        assertThat(uninformed.rule()).isEqualTo(EligibilityRule.PROFESSIONAL_RELEVANCE);
        assertThat(uninformed.reasonKey()).isEqualTo("prospecting.reason.relevance.notInformed");
        assertThat(eligibility.preview(terms, here, 0).excluded())
                .containsEntry(EligibilityRule.PROFESSIONAL_RELEVANCE, 2L);
    }

    @Test
    @DisplayName("PRO-2 a professional who came through a form, whose job relates to the campaign, may be e-mailed without consent")
    void informedProfessionalOfTheRightProfessionIsIn() {
        var buyer = rows.person("PROSPECT", "PROFESSIONAL", "l." + UUID.randomUUID() + "@entreprise.example", null,
                postcode + " Ville", "Acheteuse", "Restauration collective", false, "FORM", clock.instant(), null);

        var decision = decide(campaign(null, "restauration collective"), buyer);

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.rule()).isEqualTo(EligibilityRule.PROFESSIONAL_RELEVANCE);
        assertThat(decision.evidence()).containsEntry("matchedProfession", "restauration collective");
    }

    @Test
    @DisplayName("PRO-2 NESTOR: consumers without consent are excluded; a pending double opt-in is not a consent")
    void consumersWithoutConsentAreExcluded() {
        var none = consumer("PROSPECT");
        var pending = consumer("PROSPECT");
        rows.pending(pending, "PROSPECTING", clock.instant(), clock.instant().plus(Duration.ofDays(7)));
        var given = consumer("PROSPECT");
        var consentId = rows.consent(given, "PROSPECTING", "GIVEN", "FORM", clock.instant().minusSeconds(60));

        assertThat(decide(campaign("JARDIN"), none).reasonKey()).isEqualTo("prospecting.reason.consent.missing");
        assertThat(decide(campaign("JARDIN"), pending).reasonKey()).isEqualTo("prospecting.reason.consent.pending");
        var in = decide(campaign("JARDIN"), given);
        assertThat(in.eligible()).isTrue();
        assertThat(in.evidence()).containsEntry("consentId", consentId.toString());
        var preview = eligibility.preview(campaign("JARDIN"), here, 10);
        assertThat(preview.audience()).isEqualTo(3);
        assertThat(preview.eligible()).isEqualTo(1);
        assertThat(preview.excluded()).containsExactly(Map.entry(EligibilityRule.CONSENT, 2L));
    }

    @Test
    @DisplayName("PRO-2 a soft opt-in customer is in only for the product family they bought")
    void softOptInOnlyForTheSameFamily() {
        var customer = consumer("CUSTOMER");
        var purchase = rows.purchase(customer, LocalDate.now(clock.withZone(PARIS)).minusMonths(2), "JARDIN", null,
                null, true, true, false, clock.instant());

        var garden = decide(campaign("JARDIN"), customer);
        var bedding = decide(campaign("LITERIE"), customer);

        assertThat(garden.eligible()).isTrue();
        assertThat(garden.rule()).isEqualTo(EligibilityRule.SOFT_OPT_IN);
        assertThat(garden.evidence()).containsEntry("purchaseId", purchase.toString());
        assertThat(bedding.eligible()).isFalse();
        assertThat(bedding.rule()).isEqualTo(EligibilityRule.SOFT_OPT_IN);
        assertThat(bedding.reasonKey()).isEqualTo("prospecting.reason.softOptIn.otherFamily");
        assertThat(eligibility.preview(campaign("JARDIN"), here, 0).eligible()).isEqualTo(1);
        assertThat(eligibility.preview(campaign("LITERIE"), here, 0).excluded())
                .containsEntry(EligibilityRule.SOFT_OPT_IN, 1L);
    }

    @Test
    @DisplayName("PRO-3 an address on the suppression list is excluded; a consent given after the entry lifts it, and the decision says so")
    void suppressedAddressIsExcludedUnlessALaterConsentLiftsIt() {
        var email = "Sup." + UUID.randomUUID() + "@Example.org";
        var person = rows.person("PROSPECT", "CONSUMER", email, null, postcode, null, null, false, "FORM",
                clock.instant(), null);
        rows.consent(person, "PROSPECTING", "GIVEN", "FORM", clock.instant().minus(Duration.ofDays(10)));
        rows.suppressed("EMAIL", email.toLowerCase(), "ALL", clock.instant().minus(Duration.ofDays(5)));

        var suppressed = decide(campaign(null), person);
        var consent = rows.consent(person, "PROSPECTING", "GIVEN", "FORM", clock.instant().minus(Duration.ofDays(1)));
        var lifted = decide(campaign(null), person);

        assertThat(suppressed.eligible()).isFalse();
        assertThat(suppressed.rule()).isEqualTo(EligibilityRule.SUPPRESSION_LIST);
        assertThat(suppressed.evidence()).containsKey("suppressionEntryId");
        assertThat(lifted.eligible()).isTrue();
        assertThat(lifted.evidence()).containsEntry("suppressionLiftedByConsent", consent.toString());
        assertThat(lifted.reasonKey()).isEqualTo("prospecting.reason.consent.liftsSuppression");
    }

    @Test
    @DisplayName("DSR-5 a person whose processing is restricted is excluded from the preview and the decision, consent or not, and is back once it is lifted")
    void aRestrictedPersonIsExcludedUntilTheRestrictionIsLifted() {
        var person = consumer("PROSPECT");
        rows.consent(person, "PROSPECTING", "GIVEN", "FORM", clock.instant().minus(Duration.ofDays(10)));
        var restriction = rows.restricted(person, clock.instant().minus(Duration.ofDays(1)));

        var restricted = decide(campaign(null), person);
        var whileRestricted = eligibility.preview(campaign(null), here, 0);
        var fromTheLedger = eligibility.preview(new CampaignTerms(Channel.EMAIL, "newsletter", null, List.of()), here,
                0);
        rows.lifted(person, clock.instant());
        var lifted = decide(campaign(null), person);

        assertThat(restricted.eligible()).isFalse();
        assertThat(restricted.rule()).isEqualTo(EligibilityRule.RESTRICTION);
        assertThat(restricted.evidence()).containsEntry("restrictionId", restriction.toString());
        assertThat(restricted.reasonKey()).isEqualTo("prospecting.reason.restricted");
        assertThat(whileRestricted.eligible()).isZero();
        assertThat(whileRestricted.excluded()).containsOnly(Map.entry(EligibilityRule.RESTRICTION, 1L));
        assertThat(fromTheLedger.excluded()).containsOnly(Map.entry(EligibilityRule.RESTRICTION, 1L));
        assertThat(lifted.eligible()).isTrue();
        assertThat(eligibility.preview(campaign(null), here, 0).eligible()).isEqualTo(1);
    }

    @Test
    @DisplayName("PRO-3 a person whose address changed is checked against the list under the new address, even when the change carries an earlier time")
    void aChangedAddressIsCheckedUnderItsNewHash() {
        var person = consumer("PROSPECT");
        rows.consent(person, "PROSPECTING", "GIVEN", "FORM", clock.instant().minus(Duration.ofDays(10)));
        assertThat(decide(campaign(null), person).eligible()).isTrue();
        var newAddress = "moved." + UUID.randomUUID() + "@example.org";
        rows.suppressed("EMAIL", newAddress, "EMAIL", clock.instant().minus(Duration.ofDays(2)));
        // a write committed late, stamped a little before the last refresh (an import batch)
        jdbc.sql("UPDATE person SET email = ?, email_key = ?, updated_at = ? WHERE id = ?")
                .params(newAddress, newAddress, Timestamp.from(clock.instant().minus(Duration.ofMinutes(5))), person)
                .update();

        var decision = decide(campaign(null), person);

        assertThat(decision.rule()).isEqualTo(EligibilityRule.SUPPRESSION_LIST);
    }

    @Test
    @DisplayName("PRO-3 a person inserted with dates older than the last refresh (an import keeping its file's dates) is checked against the list too")
    void aPersonInsertedWithOldDatesIsChecked() {
        eligibility.preview(campaign(null), here, 0);
        var email = "old." + UUID.randomUUID() + "@example.org";
        rows.suppressed("EMAIL", email, "ALL", clock.instant().minus(Duration.ofDays(400)));
        var person = rows.person("PROSPECT", "CONSUMER", email, null, postcode, null, null, false, "IMPORT",
                clock.instant().minus(Duration.ofDays(300)), null);

        assertThat(decide(campaign(null), person).rule()).isEqualTo(EligibilityRule.SUPPRESSION_LIST);
        assertThat(eligibility.preview(campaign(null), here, 0).excluded())
                .containsEntry(EligibilityRule.SUPPRESSION_LIST, 1L);
    }

    @Test
    @DisplayName("PRO-2 CON-4 a person outside the audience's filters is excluded by the audience; an unknown person is not found")
    void outsideTheFiltersIsExcludedByTheAudience() {
        var prospect = consumer("PROSPECT");
        rows.consent(prospect, "PROSPECTING", "GIVEN", "FORM", clock.instant().minusSeconds(30));
        var customersOnly = new AudienceFilter(Set.of(PersonType.CUSTOMER), null, null, List.of(postcode), null, null,
                null, null);

        var decision = eligibility.decide(campaign(null), customersOnly, new PersonId(prospect));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.rule()).isEqualTo(EligibilityRule.AUDIENCE);
        assertThat(eligibility.decide(campaign(null), here, new PersonId(prospect)).eligible()).isTrue();
        assertThatThrownBy(() -> eligibility.decide(campaign(null), here, new PersonId(UUID.randomUUID())))
                .isInstanceOf(PersonNotFound.class);
    }

    @Test
    @DisplayName("PRO-2 the preview counts the audience by outcome and rule, with included and excluded persons decided in full")
    void previewCountsAndSamples() {
        for (var i = 0; i < 3; i++) {
            rows.consent(consumer("PROSPECT"), "PROSPECTING", "GIVEN", "FORM", clock.instant().minusSeconds(60));
        }
        var objected = consumer("PROSPECT");
        rows.consent(objected, "PROSPECTING", "OBJECTED", "STAFF", clock.instant().minusSeconds(60));
        consumer("PROSPECT");
        scraped("Développeur", null);

        var preview = eligibility.preview(campaign(null, "achats"), here, 4);

        assertThat(preview.audience()).isEqualTo(6);
        assertThat(preview.eligible()).isEqualTo(3);
        assertThat(preview.postponed()).isZero();
        assertThat(preview.excluded()).containsOnly(Map.entry(EligibilityRule.OPPOSITION, 1L),
                Map.entry(EligibilityRule.CONSENT, 1L), Map.entry(EligibilityRule.PROFESSIONAL_RELEVANCE, 1L));
        assertThat(preview.sample()).hasSize(4);
        assertThat(preview.sample()).filteredOn(recipient -> recipient.decision().eligible()).hasSize(2);
        assertThat(preview.sample()).filteredOn(recipient -> !recipient.decision().eligible())
                .extracting(recipient -> recipient.decision().rule()).doesNotHaveDuplicates();
        assertThat(preview.sample()).allSatisfy(recipient -> assertThat(recipient.email()).isNotBlank());
    }

    @Test
    @DisplayName("PRO-2 PRO-3 the next preview sees a change in each source of its summary: a consent withdrawn, a purchase, a suppression entry, a person edited, an erasure requested")
    void thePreviewSeesEachChange() {
        var withdrawing = consumer("PROSPECT");
        var buying = consumer("CUSTOMER");
        var suppressedAddress = "s." + UUID.randomUUID() + "@example.org";
        var suppressed = rows.person("PROSPECT", "CONSUMER", suppressedAddress, null, "1 place Basse, " + postcode,
                null, null, false, "FORM", clock.instant(), null);
        var edited = consumer("PROSPECT");
        var erasing = consumer("PROSPECT");
        for (var person : List.of(withdrawing, suppressed, edited, erasing)) {
            rows.consent(person, "PROSPECTING", "GIVEN", "FORM", clock.instant().minusSeconds(60));
        }
        var before = eligibility.preview(campaign("JARDIN"), here, 0);
        assertThat(before.audience()).isEqualTo(5);
        assertThat(before.eligible()).isEqualTo(4);
        assertThat(before.excluded()).containsOnly(Map.entry(EligibilityRule.CONSENT, 1L));

        rows.consent(withdrawing, "PROSPECTING", "WITHDRAWN", "FORM", clock.instant());
        rows.purchase(buying, LocalDate.now(clock.withZone(PARIS)), "JARDIN", null, null, true, true, false,
                clock.instant());
        rows.suppressed("EMAIL", suppressedAddress, "ALL", clock.instant());
        // an edit a second after the creation (the test's clock stands still)
        jdbc.sql("UPDATE person SET email = NULL, email_key = NULL, updated_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().plusSeconds(1)), edited).update();
        jdbc.sql("UPDATE person SET erasure_requested_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), erasing).update();
        var after = eligibility.preview(campaign("JARDIN"), here, 0);

        assertThat(after.audience()).isEqualTo(4);
        assertThat(after.eligible()).isEqualTo(1);
        assertThat(after.excluded()).containsOnly(Map.entry(EligibilityRule.OPPOSITION, 1L),
                Map.entry(EligibilityRule.SUPPRESSION_LIST, 1L), Map.entry(EligibilityRule.NO_ADDRESS, 1L));
        assertThat(decide(campaign("JARDIN"), buying).rule()).isEqualTo(EligibilityRule.SOFT_OPT_IN);
    }

    @Test
    @DisplayName("PRO-2 a campaign of another purpose than prospecting is counted from the ledger, with that purpose's consents")
    void anotherPurposeIsCountedFromTheLedger() {
        var newsletter = consumer("PROSPECT");
        rows.consent(newsletter, "newsletter", "GIVEN", "FORM", clock.instant().minusSeconds(60));
        rows.consent(consumer("PROSPECT"), "PROSPECTING", "GIVEN", "FORM", clock.instant().minusSeconds(60));

        var preview = eligibility.preview(new CampaignTerms(Channel.EMAIL, "newsletter", null, List.of()), here, 0);

        assertThat(preview.audience()).isEqualTo(2);
        assertThat(preview.eligible()).isEqualTo(1);
        assertThat(preview.excluded()).containsOnly(Map.entry(EligibilityRule.CONSENT, 1L));
    }

    @Test
    @DisplayName("PRO-2 next() walks the audience in id order, batch by batch, each person with the rules' decision")
    void nextWalksTheAudienceInBatches() {
        var ids = new ArrayList<UUID>();
        for (var i = 0; i < 7; i++) {
            var person = consumer(i % 2 == 0 ? "PROSPECT" : "CUSTOMER");
            if (i % 3 == 0) {
                rows.consent(person, "PROSPECTING", "GIVEN", "FORM", clock.instant().minusSeconds(60));
            }
            ids.add(person);
        }
        var walked = new ArrayList<Recipient>();
        PersonId after = null;
        for (List<Recipient> batch; !(batch = eligibility.next(campaign(null), here, after, 3)).isEmpty();) {
            assertThat(batch.size()).isLessThanOrEqualTo(3);
            walked.addAll(batch);
            after = batch.get(batch.size() - 1).person();
        }

        assertThat(walked).extracting(recipient -> recipient.person().value()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(walked).filteredOn(recipient -> recipient.decision().eligible())
                .extracting(recipient -> recipient.decision().rule()).containsOnly(EligibilityRule.CONSENT).hasSize(3);
        assertThat(walked).allSatisfy(recipient -> assertThat(recipient.decision())
                .isEqualTo(decide(campaign(null), recipient.person().value())));
    }

    @Test
    @DisplayName("PRO-2 a batch's facts are read in three statements, whether it holds 2 persons or 40: never a query per person")
    void aBatchIsReadInAConstantNumberOfStatements() {
        for (var i = 0; i < 40; i++) {
            var person = consumer(i % 2 == 0 ? "PROSPECT" : "CUSTOMER");
            rows.purchase(person, LocalDate.now(clock.withZone(PARIS)), "JARDIN", null, null, true, true, false,
                    clock.instant());
            rows.consent(person, "PROSPECTING", "GIVEN", "FORM", clock.instant());
        }
        keys.refresh();
        var statements = new AtomicInteger();
        var reader = new ProspectFactsReader(JdbcClient.create(counting(dataSource, statements)), keys, Duration.ofDays(30), PARIS);

        var small = transactions.execute(status -> reader.next(campaign("JARDIN"), here, null, 2, clock.instant()));
        var forSmall = statements.getAndSet(0);
        var large = transactions.execute(status -> reader.next(campaign("JARDIN"), here, null, 40, clock.instant()));

        assertThat(small).hasSize(2);
        assertThat(large).hasSize(40).allSatisfy(facts -> assertThat(facts.purchases()).hasSize(1));
        assertThat(forSmall).isEqualTo(3);
        assertThat(statements.get()).isEqualTo(3);
    }

    /** A data source that counts the statements its connections prepare or create. */
    private static DataSource counting(DataSource target, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    // its own identity, so that the transaction's connection of the real data source is not reused
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    var result = method.invoke(target, args);
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, (p, m, a) -> {
                                    if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
                                            || m.getName().equals("prepareCall")) {
                                        statements.incrementAndGet();
                                    }
                                    return m.invoke(connection, a);
                                });
                    }
                    return result;
                });
    }
}
