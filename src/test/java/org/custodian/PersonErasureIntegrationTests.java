package org.custodian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.custodian.audit.AuditLog;
import org.custodian.consent.Channel;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.SoftOptInEvidence;
import org.custodian.contacts.BatchErasure;
import org.custodian.contacts.PersonErasureRequested;
import org.custodian.contacts.Persons;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.contacts.SensitiveConsent;
import org.custodian.contacts.SensitiveData;
import org.custodian.imports.Imports;
import org.custodian.notices.CollectionForms;
import org.custodian.notices.FormFixture;
import org.custodian.notices.PrivacyNotices;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * DSR-5, RET-2: deleting a person erases what every module holds about them, through the event publication registry,
 * and leaves nothing but the declared kept rows — on H2 and on PostgreSQL.
 */
@IntegrationTest
class PersonErasureIntegrationTests {

    private static final Duration CASCADE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
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
    AuditLog audit;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    List<PersonalDataHolder> holders;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    BatchErasure batchErasure;
    @Autowired
    PlatformTransactionManager transactions;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String lastName = "Quenouille" + tag;
    private final String firstNames = "Ysaline" + tag;
    private final String email = "ysaline." + tag + "@example.org";

    @Test
    @DisplayName("DSR-5 RET-2 a person created through the screen, the API, a form, an import, consents, sensitive data "
            + "and a mail leaves, once deleted, no row anywhere but the anonymised objection proof and the access log")
    void deletionLeavesNothingBehind() throws Exception {
        var person = personThroughEveryPath();
        var needles = needlesOf(person);
        assertThat(hits(needles)).extracting(Hit::table)
                .contains("person", "person_change_field", "person_sensitive_data", "consent_record",
                        "consent_request", "soft_opt_in", "collection_form_submission", "mail_message", "audit_entry");

        mvc.perform(post("/persons/{id}/delete", person.value()).with(csrf()).with(user("nadia").roles("DPO")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("deletedPerson", person));
        awaitErasure(person);

        assertThat(hits(needles)).containsExactlyInAnyOrder(
                new Hit("audit_entry", "resource_id", person.toString()),
                new Hit("consent_record", "person_id", person.toString()));
        assertThat(jdbc.sql("""
                        SELECT event, ip_address, user_agent, confirmation_ip, confirmation_user_agent
                        FROM consent_record WHERE person_id = ?""")
                .param(person.value())
                .query((rs, row) -> rs.getString("event") + "|" + rs.getString("ip_address") + "|"
                        + rs.getString("user_agent") + "|" + rs.getString("confirmation_ip") + "|"
                        + rs.getString("confirmation_user_agent"))
                .list()).containsExactlyInAnyOrder("OBJECTED|null|null|null|null", "WITHDRAWN|null|null|null|null");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + person + "%").query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("RET-3 the retention sweep's batch erasure, every holder over a batch in one transaction, leaves what "
            + "the erasure of one person leaves, and puts the objector's address on the suppression list")
    void batchErasureLeavesWhatThePersonsErasureLeaves() throws Exception {
        var person = personThroughEveryPath();
        var bystander = PersonId.of(UUID.randomUUID().toString());
        var needles = needlesOf(person);
        var suppressed = erasureSuppressions();

        new TransactionTemplate(transactions).executeWithoutResult(status -> batchErasure.erase(List.of(bystander,
                person)));
        audit.flush();

        assertThat(hits(needles)).containsExactlyInAnyOrder(
                new Hit("audit_entry", "resource_id", person.toString()),
                new Hit("consent_record", "person_id", person.toString()));
        assertThat(jdbc.sql("SELECT event, ip_address, user_agent FROM consent_record WHERE person_id = ?")
                .param(person.value())
                .query((rs, row) -> rs.getString("event") + "|" + rs.getString("ip_address") + "|"
                        + rs.getString("user_agent"))
                .list()).containsExactlyInAnyOrder("OBJECTED|null|null", "WITHDRAWN|null|null");
        assertThat(erasureSuppressions()).as("the address, for the SMS withdrawal and the postal objection")
                .isEqualTo(suppressed + 2);
    }

    @Test
    @DisplayName("DSR-3 every module's holder exports what it holds about the person, values and proofs included, "
            + "as JSON")
    void everyHolderExportsAsJson() throws Exception {
        var person = personThroughEveryPath();

        var sections = new ArrayList<String>();
        var json = new StringBuilder();
        for (var holder : holders) {
            var export = holder.export(person);
            if (!export.isEmpty()) {
                sections.add(export.section());
            }
            json.append(mapper.writeValueAsString(export));
        }

        assertThat(sections).containsExactlyInAnyOrder("audit", "consent", "contacts", "mail", "notices.submissions",
                "prospecting.links");
        assertThat(json.toString()).contains(email, lastName, "06 71 23 45 67", "Allergie aux arachides " + tag,
                "Mozilla/5.0 " + tag, "203.0.113.9", FormFixture.POST_TEXT,
                "Offres des partenaires de la boutique", "Confirm");
        // The other tests look for this phone number everywhere: the person does not outlive the test.
        mvc.perform(delete("/api/v1/persons/{id}", person.value()).with(user("api-dpo").roles("DPO")).with(csrf()))
                .andExpect(status().isNoContent());
        awaitErasure(person);
    }

    @Test
    @DisplayName("DSR-5 a person deleted through the API is gone from reads and searches at once, and the screen says "
            + "whether the erasure is done")
    void deletedPersonDisappearsAtOnce() throws Exception {
        var person = createThroughApi();

        mvc.perform(delete("/api/v1/persons/{id}", person.value()).with(user("api-dpo").roles("DPO")).with(csrf()))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/persons/{id}", person.value()).with(user("api-sales").roles("SALES")))
                .andExpect(status().isNotFound());
        assertThat(persons.search(lastName, PageRequest.of(0, 10), "test").content()).isEmpty();
        assertThat(persons.findByEmail(email, "test")).isEmpty();
        awaitErasure(person);
        mvc.perform(get("/persons").flashAttr("deletedPerson", person).with(user("nadia").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("deleted", "done"));
    }

    @Test
    @DisplayName("DSR-5 an erasure interrupted by a failing holder stays in the event publication registry, and its "
            + "resubmission completes it without erasing anything twice")
    void interruptedErasureResumes() throws Exception {
        var person = createThroughApi();
        var slug = FormFixture.openForm(jdbc, notices, forms, List.of("https://boutique.example.fr"));
        submitForm(slug);
        jdbc.sql("ALTER TABLE collection_form_submission RENAME TO collection_form_submission_away").update();
        try {
            mvc.perform(delete("/api/v1/persons/{id}", person.value()).with(user("api-dpo").roles("DPO")).with(csrf()))
                    .andExpect(status().isNoContent());
            await().atMost(CASCADE).until(() -> failedPublications(person) == 1);
        } finally {
            jdbc.sql("ALTER TABLE collection_form_submission_away RENAME TO collection_form_submission").update();
        }
        assertThat(persons.erasureComplete(person)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consent_request WHERE person_id = ?")
                .param(person.value()).query(Long.class).single()).as("holders before the failing one ran").isZero();

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent()
                instanceof PersonErasureRequested request && request.personId().equals(person));
        awaitErasure(person);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM collection_form_submission WHERE person_id = ?")
                .param(person.value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + person + "%").query(Long.class).single()).isZero();
        audit.flush();
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE resource_type = 'personal-data' AND resource_id = ?"
                        + " AND detail LIKE 'consent:%' ORDER BY sequence_no")
                .param(person.toString()).query(String.class).list())
                .as("the replay of the consent holder erased nothing more")
                .hasSize(2).last().asString().startsWith("consent: 0 erased, 0 anonymised");
    }

    /** One person reached by every path that stores personal data. */
    private PersonId personThroughEveryPath() throws Exception {
        var person = createThroughApi();
        mvc.perform(post("/persons/{id}", person.value()).with(csrf()).with(user("camille").roles("SUPPORT"))
                        .param("type", "CUSTOMER").param("audience", "CONSUMER").param("lastName", lastName)
                        .param("firstNames", firstNames).param("email", email).param("phone", "06 71 23 45 67")
                        .param("address", "3 impasse des Quenouilles " + tag + "\n44000 Nantes"))
                .andExpect(status().is3xxRedirection());

        var slug = FormFixture.openForm(jdbc, notices, forms, List.of("https://boutique.example.fr"));
        submitForm(slug);

        var csv = "nom;prénom;email;note\n" + lastName + ";" + firstNames + ";" + email + ";Rappel " + tag + "\n";
        var job = JsonPath.read(mvc.perform(post("/api/v1/imports").contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)).with(user("sam").roles("SALES")))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString(), "$.id").toString();
        await().atMost(CASCADE).until(() -> imports.get(UUID.fromString(job)).state().finished());

        asStaff(() -> {
            ledger.requestEmailConsent(person.value(), email, ConsentLedger.PARTNER_TRANSMISSION,
                    "Offres des partenaires de la boutique",
                    Locale.FRENCH);
            ledger.withdraw(person.value(), "PROSPECTING", Channel.SMS, "Appel au service client", "203.0.113.9",
                    "Mozilla/5.0 " + tag);
            ledger.recordSoftOptIn(SoftOptInEvidence.byApi(person.value(), Channel.EMAIL, "CMD-" + tag, null,
                    java.time.LocalDate.of(2026, 1, 10), true, "case à cocher " + tag, false, "checkout",
                    "203.0.113.9", "Mozilla/5.0 " + tag));
            sensitiveData.record(person, SensitiveCategory.HEALTH, "Allergies", "Allergie aux arachides " + tag,
                    new SensitiveConsent("J'accepte que mes allergies soient notées.", "comptoir", null, null,
                            "203.0.113.9", "Mozilla/5.0 " + tag, "boutique de Nantes"));
        });
        audit.flush();
        return person;
    }

    private PersonId createThroughApi() throws Exception {
        var body = """
                {"type":"PROSPECT","audience":"CONSUMER","lastName":"%s","firstNames":"%s","email":"%s",
                 "phone":"+33 6 71 23 45 67"}""".formatted(lastName, firstNames, email);
        var result = mvc.perform(post("/api/v1/persons").with(user("api-sales").roles("SALES")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return PersonId.of(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
    }

    private void submitForm(String slug) throws Exception {
        mvc.perform(post("/p/forms/{slug}", slug).param("formVersion", "1").param("lastName", lastName)
                        .param("firstNames", firstNames).param("email", email).param("phone", "06 71 23 45 67")
                        .param("consent", "PROSPECTING:EMAIL").param("opposition", "PROSPECTING:POST")
                        .header("User-Agent", "Mozilla/5.0 " + tag))
                .andExpect(status().is3xxRedirection());
    }

    private void awaitErasure(PersonId person) {
        await().atMost(CASCADE).until(() -> persons.erasureComplete(person));
        audit.flush();
    }

    private long erasureSuppressions() {
        return jdbc.sql("SELECT COUNT(*) FROM suppression_entry WHERE source = 'ERASURE'").query(Long.class).single();
    }

    private long failedPublications(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL"
                        + " AND status = 'FAILED'")
                .param("%" + person + "%").query(Long.class).single();
    }

    private List<String> needlesOf(PersonId person) {
        return List.of(person.toString(), email, lastName.toLowerCase(Locale.ROOT),
                firstNames.toLowerCase(Locale.ROOT), "71 23 45 67", "0671234567", tag);
    }

    /**
     * Every text or uuid column of every table of the schema holding one of the needles (case ignored); the tag of
     * this test is one of them, so that the note, the address and the sensitive datum are sought too.
     */
    private List<Hit> hits(List<String> needles) {
        // Base tables only: a view (consent_current) stores nothing and shows what its tables still hold.
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

    private static void asStaff(ThrowingRunnable action) throws Exception {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("camille", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_SUPPORT", "ROLE_DPO")));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** A column of a table that holds one of the person's values. */
    private record Hit(String table, String column, String needle) {
    }
}
