package org.custodian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.custodian.audit.AuditLog;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.SoftOptInEvidence;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.PurchaseData;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.Persons;
import org.custodian.contacts.Restrictions;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.contacts.SensitiveConsent;
import org.custodian.contacts.SensitiveData;
import org.custodian.imports.Imports;
import org.custodian.notices.CollectionForms;
import org.custodian.notices.FormFixture;
import org.custodian.notices.PrivacyNotices;
import org.custodian.register.RecipientEntries;
import org.custodian.register.Recipients;
import org.custodian.rights.RequestExecution;
import org.custodian.shared.PersonId;
import org.custodian.testing.IntegrationTest;
import org.custodian.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * DSR-5, DSR-6, issue 10's "done when": a person reached through every module, erased through an erasure request
 * carried out by the DPO, leaves no row about them but the declared kept ones — and the record of the execution says
 * what was kept and why. On H2 and on PostgreSQL.
 */
@IntegrationTest
class RequestErasureIntegrationTests {

    private static final Duration CASCADE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    CollectionForms forms;
    @Autowired
    Persons persons;
    @Autowired
    SensitiveData sensitiveData;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    Imports imports;
    @Autowired
    Restrictions restrictions;
    @Autowired
    Purchases purchases;
    @Autowired
    ProductFamilies families;
    @Autowired
    Recipients recipients;
    @Autowired
    RequestExecution execution;
    @Autowired
    org.custodian.rights.RightsRequests rights;
    @Autowired
    AuditLog audit;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String lastName = "Quenouille" + tag;
    private final String firstNames = "Ysaline" + tag;
    private final String email = "ysaline." + tag + "@example.org";
    /** Eight digits of this test alone: the file refuses a second person with the same phone as a duplicate. */
    private final String digits = String.format("%08d", Math.floorMod(tag.hashCode(), 100_000_000));
    private final String grouped = digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6)
            + " " + digits.substring(6);

    @Test
    @DisplayName("DSR-5 DSR-6 a person created through the screen, the API, a form, an import, consents, sensitive "
            + "data, a mail, a campaign message, a restriction and a purchase, erased by an erasure request, leaves no row but the "
            + "declared kept ones, and the execution lists what was kept and why")
    void erasureRequestLeavesOnlyTheDeclaredKeptRows() throws Exception {
        var person = personThroughEveryPath();
        var processor = "Routeur-" + UUID.randomUUID();
        asStaff(() -> recipients.saveProcessor(null, new RecipientEntries.Processor(processor, "Envoi des courriels",
                "dpo@routeur.example", Set.of(), null, "Destruction sous 30 jours")));
        var needles = needlesOf(person);
        assertThat(hits(needles)).extracting(Hit::table)
                .contains("person", "person_change_field", "person_sensitive_data", "consent_record",
                        "consent_request", "soft_opt_in", "collection_form_submission", "mail_message",
                        "person_restriction", "person_purchase", "campaign_message");

        var request = JsonPath.read(mvc.perform(post("/api/v1/rights-requests").with(user("api-dpo").roles("DPO"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"ERASURE","channel":"EMAIL","receivedOn":"%s","email":"%s",
                                 "firstNames":"%s","lastName":"%s","message":"Effacez mes données."}"""
                                .formatted(rights.today().minusDays(1), email, firstNames, lastName)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id").toString();
        mvc.perform(post("/api/v1/rights-requests/{id}/match", request).with(user("api-dpo").roles("DPO"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":\"" + person + "\"}"))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/rights-requests/{id}/execute", request).with(user("nadia").roles("DPO"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].personId").value(person.toString()))
                .andExpect(jsonPath("$.actions[0].kept[*].section").isNotEmpty());

        assertThat(persons.erasureComplete(person)).as("erased at once").isTrue();
        await().atMost(CASCADE).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE "
                + "serialized_event LIKE ?").param("%" + person + "%").query(Long.class).single() == 0);
        audit.flush();
        // kept: the access log; the proof of the objection and withdrawal, anonymised; the request itself and its
        // execution (RET-4); the forwarding of the erasure to the processor (Art. 19)
        assertThat(hits(needles)).extracting(hit -> hit.table() + "." + hit.column()).containsOnly(
                "audit_entry.resource_id", "audit_entry.detail", "consent_record.person_id",
                "rights_request.email", "rights_request.first_names", "rights_request.last_name",
                "rights_request_action.person_id", "mail_message.text_body");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_message WHERE person_id = ?").param(person.value())
                .query(Long.class).single()).as("the messages to the person are gone").isZero();
        assertThat(jdbc.sql("SELECT category FROM mail_message WHERE LOWER(text_body) LIKE ?")
                .param("%" + email + "%").query(String.class).list())
                .as("what is left in the outbox is the forwarding to the processors")
                .isNotEmpty().containsOnly("rights-forwarding");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_message WHERE recipient = ? AND LOWER(text_body) LIKE ?")
                .params("dpo@routeur.example", "%" + email + "%").query(Long.class).single()).isEqualTo(1);
        var actions = asStaffResult(() -> execution.actions(UUID.fromString(request)));
        assertThat(actions).singleElement().satisfies(action -> {
            assertThat(action.personId()).isEqualTo(person);
            assertThat(action.done()).startsWith("erased from the file");
            assertThat(action.kept()).extracting(item -> item.section())
                    .contains("consent", "rights", "rights-forwarding");
            assertThat(action.kept()).allSatisfy(item -> assertThat(item.legalReason()).isNotBlank());
        });
    }

    /** One person reached by every path that stores personal data. */
    private PersonId personThroughEveryPath() throws Exception {
        var body = """
                {"type":"PROSPECT","audience":"CONSUMER","lastName":"%s","firstNames":"%s","email":"%s",
                 "phone":"+33 7 %s"}""".formatted(lastName, firstNames, email, grouped);
        var person = PersonId.of(JsonPath.read(mvc.perform(post("/api/v1/persons").with(user("api-sales")
                        .roles("SALES")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
        mvc.perform(post("/persons/{id}", person.value()).with(csrf()).with(user("camille").roles("SUPPORT"))
                        .param("type", "CUSTOMER").param("audience", "CONSUMER").param("lastName", lastName)
                        .param("firstNames", firstNames).param("email", email).param("phone", "07 " + grouped)
                        .param("address", "3 impasse des Quenouilles " + tag + "\n44000 Nantes"))
                .andExpect(status().is3xxRedirection());

        var slug = FormFixture.openForm(jdbc, notices, forms, List.of("https://boutique.example.fr"));
        mvc.perform(post("/p/forms/{slug}", slug).param("formVersion", "1").param("lastName", lastName)
                        .param("firstNames", firstNames).param("email", email).param("phone", "07 " + grouped)
                        .param("consent", "PROSPECTING:EMAIL").param("opposition", "PROSPECTING:POST")
                        .header("User-Agent", "Mozilla/5.0 " + tag))
                .andExpect(status().is3xxRedirection());

        var csv = "nom;prénom;email;note\n" + lastName + ";" + firstNames + ";" + email + ";Rappel " + tag + "\n";
        var job = JsonPath.read(mvc.perform(post("/api/v1/imports").contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)).with(user("sam").roles("SALES")))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString(), "$.id").toString();
        await().atMost(CASCADE).until(() -> imports.get(UUID.fromString(job)).state().finished());

        asStaff(() -> {
            ledger.requestEmailConsent(person.value(), email, ConsentLedger.PARTNER_TRANSMISSION,
                    "Offres des partenaires de la boutique", Locale.FRENCH);
            ledger.withdraw(person.value(), "PROSPECTING", Channel.SMS, "Appel au service client", "203.0.113.9",
                    "Mozilla/5.0 " + tag);
            ledger.recordSoftOptIn(SoftOptInEvidence.byApi(person.value(), Channel.EMAIL, "CMD-" + tag, null,
                    LocalDate.of(2026, 1, 10), true, "case à cocher " + tag, false, "checkout",
                    "203.0.113.9", "Mozilla/5.0 " + tag));
            sensitiveData.record(person, SensitiveCategory.HEALTH, "Allergies", "Allergie aux arachides " + tag,
                    new SensitiveConsent("J'accepte que mes allergies soient notées.", "comptoir", null, null,
                            "203.0.113.9", "Mozilla/5.0 " + tag, "boutique de Nantes"));
            restrictions.restrict(person, "LEGAL_CLAIMS", "Litige " + tag);
            // a family of this test, named apart from the person's needles: it is no data about them
            var family = "F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
            families.create(family, "Famille " + family);
            purchases.record(person, new PurchaseData(LocalDate.of(2026, 2, 1), family, null, null, true, true,
                    false));
        });
        campaignMessageTo(person);
        audit.flush();
        return person;
    }

    /**
     * A message of a campaign written to the person, as the sender records it (its decision, the click): the campaign
     * itself, named apart from the person's needles, is no data about them.
     */
    private void campaignMessageTo(PersonId person) {
        var campaign = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO campaign (id, name, channel, purpose, audience, sender_name, sender_address, status,"
                        + " created_at, created_by, updated_at, updated_by) VALUES (?, 'Soldes d''hiver', 'EMAIL',"
                        + " 'PROSPECTING', '{}', 'Boutique', 'offres@boutique.example', 'SENT', ?, 'hugo', ?, 'hugo')")
                .params(campaign, now, now).update();
        jdbc.sql("INSERT INTO campaign_message (campaign_id, person_id, status, decided_rule, created_at, clicked_at,"
                        + " clicks) VALUES (?, ?, 'QUEUED', 'CONSENT', ?, ?, 1)")
                .params(campaign, person.value(), now, now).update();
    }

    private List<String> needlesOf(PersonId person) {
        return List.of(person.toString(), email, lastName.toLowerCase(Locale.ROOT),
                firstNames.toLowerCase(Locale.ROOT), grouped, "07" + digits, tag);
    }

    /** Every text or uuid column of every base table holding one of the needles (case ignored). */
    private List<Hit> hits(List<String> needles) {
        var columns = jdbc.sql("""
                        SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                        JOIN information_schema.tables t ON t.table_schema = c.table_schema
                            AND t.table_name = c.table_name
                        WHERE LOWER(c.table_schema) = 'public' AND t.table_type <> 'VIEW'""")
                .query((rs, row) -> new String[] {rs.getString(1).toLowerCase(Locale.ROOT),
                        rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(3).toLowerCase(Locale.ROOT)})
                .list();
        var hits = new ArrayList<Hit>();
        for (var column : columns) {
            var type = column[2];
            if (!(type.contains("char") || type.contains("text") || type.contains("uuid")
                    || type.contains("large object"))) {
                continue;
            }
            for (var needle : needles) {
                var found = jdbc.sql("SELECT COUNT(*) FROM " + column[0] + " WHERE LOWER(CAST(" + column[1]
                                + " AS VARCHAR)) LIKE ?")
                        .param("%" + needle.toLowerCase(Locale.ROOT) + "%").query(Long.class).single();
                if (found > 0) {
                    hits.add(new Hit(column[0], column[1], needle));
                }
            }
        }
        return hits.stream().distinct().toList();
    }

    private record Hit(String table, String column, String needle) {
    }

    private static void asStaff(ThrowingRunnable action) throws Exception {
        asStaffResult(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T asStaffResult(ThrowingSupplier<T> action) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("nadia", null,
                AuthorityUtils.createAuthorityList("ROLE_DPO", "ROLE_SALES", "ROLE_SUPPORT")));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
