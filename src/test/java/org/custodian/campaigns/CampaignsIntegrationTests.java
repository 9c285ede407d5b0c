package org.custodian.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.prospecting.AudienceFilter;
import org.custodian.shared.PageRequest;
import org.custodian.shared.Violation;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * PRO-5: a campaign's draft and template, checked, stored, audited; only a draft may change.
 */
@IntegrationTest
@WithMockUser(username = "hugo", roles = "MARKETING")
class CampaignsIntegrationTests {

    @Autowired
    Campaigns campaigns;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Persons persons;

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static CampaignDraft draft(String name) {
        return new CampaignDraft(name, "EMAIL", "PROSPECTING", null, List.of("achats", "acheteur"),
                new AudienceFilter(Set.of(PersonType.PROSPECT), null, null, List.of("75"), null, null, null, null),
                "Maison Lumière", "offres@maison-lumiere.example");
    }

    static CampaignTemplate template() {
        return new CampaignTemplate("{{prenom}}, nos nouveautés", CampaignRulesTests.HTML, CampaignRulesTests.TEXT);
    }

    private static List<String> rules(InvalidCampaign invalid) {
        return invalid.violations().stream().map(violation -> violation.field() + ":" + violation.rule()).toList();
    }

    @Test
    @DisplayName("PRO-5 a draft is stored as stated, its audience filters included, and its creation is audited")
    void draftIsStoredAndAudited() {
        var created = campaigns.create(draft(unique("Stockée")), template());

        var read = campaigns.get(created.id());
        assertThat(read.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(read.professions()).containsExactly("achats", "acheteur");
        assertThat(read.audience().types()).containsExactly(PersonType.PROSPECT);
        assertThat(read.audience().postcodePrefixes()).containsExactly("75");
        assertThat(read.hasTemplate()).isTrue();
        assertThat(read.createdBy()).isEqualTo("hugo");
        assertThat(audit.search(AuditQuery.forRecord(Campaigns.RESOURCE, created.id().toString()),
                new PageRequest(0, 10)).content()).extracting(entry -> entry.action())
                .containsExactly(AuditAction.CREATE);
    }

    @Test
    @DisplayName("PRO-5 a template without the unsubscribe placeholder is refused and nothing is stored")
    void templateWithoutUnsubscribeIsRefused() {
        var name = unique("Sans lien");
        var template = new CampaignTemplate("Nouveautés", "<p>Bonjour</p>", "Bonjour");

        assertThatThrownBy(() -> campaigns.create(draft(name), template))
                .isInstanceOfSatisfying(InvalidCampaign.class, invalid -> assertThat(rules(invalid))
                        .containsExactly("html:PRO-5.unsubscribe", "text:PRO-5.unsubscribe"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign WHERE name = ?").param(name).query(Long.class).single())
                .isZero();
    }

    @Test
    @DisplayName("PRO-5 a campaign may promote only a product family the organisation maintains")
    void unknownProductFamilyIsRefused() {
        var draft = new CampaignDraft(unique("Famille"), "EMAIL", "PROSPECTING", "INCONNUE_XYZ", null, null,
                "Maison Lumière", "offres@maison-lumiere.example");

        assertThat(campaigns.check(draft)).extracting(Violation::field).containsExactly("productFamily");
    }

    @Test
    @DisplayName("PRO-5 the definition and the template of a draft change, each change audited")
    void draftChanges() {
        var created = campaigns.create(draft(unique("Changée")), null);
        assertThat(created.hasTemplate()).isFalse();

        campaigns.update(created.id(), draft("Renommée " + created.id()));
        var written = campaigns.updateTemplate(created.id(), template());

        assertThat(written.name()).isEqualTo("Renommée " + created.id());
        assertThat(written.template().subject()).isEqualTo("{{prenom}}, nos nouveautés");
        assertThat(written.version()).isEqualTo(2);
        assertThat(audit.search(AuditQuery.forRecord(Campaigns.RESOURCE, created.id().toString()),
                new PageRequest(0, 10)).content()).hasSize(3);
    }

    @Test
    @DisplayName("PRO-5 a campaign no longer a draft cannot be changed")
    void onlyDraftsChange() {
        var created = campaigns.create(draft(unique("Partie")), template());
        jdbc.sql("UPDATE campaign SET status = 'SENDING' WHERE id = ?").param(created.id()).update();

        assertThatThrownBy(() -> campaigns.updateTemplate(created.id(), template()))
                .isInstanceOfSatisfying(InvalidCampaign.class, invalid -> assertThat(rules(invalid))
                        .containsExactly("status:PRO-5.notDraft"));
    }

    @Test
    @DisplayName("PRO-5 the list finds campaigns by a part of their name, case ignored")
    void listSearchesByName() {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        campaigns.create(draft("Soldes d'été " + marker), null);
        campaigns.create(draft("Rentrée " + marker), null);

        var found = campaigns.list("SOLDES D'ÉTÉ " + marker, new PageRequest(0, 10));

        assertThat(found.content()).extracting(CampaignSummary::name).containsExactly("Soldes d'été " + marker);
    }

    @Test
    @DisplayName("PRO-5 the template editor's example has the author's text, the sender and the opposition sentence")
    void exampleMessage() {
        var created = campaigns.create(draft(unique("Exemple")), null);

        var message = campaigns.example(created.id(), template());

        assertThat(message.subject()).isEqualTo("Marie, nos nouveautés");
        assertThat(message.text()).contains("Ce message vous est envoyé par Maison Lumière")
                .contains("/p/unsubscribe/");
    }

    @Test
    @DisplayName("PRO-2 the preview counts every person of the audience once: in, postponed or out by one rule")
    void previewAddsUp() {
        var created = campaigns.create(draft(unique("Aperçu")), template());

        var preview = campaigns.preview(created.id(), 5, Locale.FRENCH);

        assertThat(preview.eligible() + preview.postponed() + preview.excludedTotal()).isEqualTo(preview.audience());
        assertThat(preview.excluded().values()).allMatch(count -> count > 0);
    }

    @Test
    @DisplayName("PRO-2 asking why a person is or is not in a campaign is a read of that person, audited for "
            + "prospecting")
    void decisionIsAuditedAsARead() {
        var created = campaigns.create(draft(unique("Lecture")), template());
        var person = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Lecture", "Ana",
                "lecture." + UUID.randomUUID().toString().substring(0, 8) + "@example.org", null, null, null, null,
                null, null, null, null)).id();

        var decision = campaigns.decision(created.id(), person, Locale.FRENCH);

        assertThat(decision.name()).isEqualTo("LECTURE Ana");
        assertThat(decision.sentence()).isNotBlank();
        assertThat(audit.search(AuditQuery.forRecord("person", person.toString()), new PageRequest(0, 10)).content())
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.READ);
                    assertThat(entry.purpose()).isEqualTo("PROSPECTING");
                    assertThat(entry.actor()).isEqualTo("hugo");
                });
    }
}
