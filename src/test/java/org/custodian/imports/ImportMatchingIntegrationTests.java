package org.custodian.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.shared.PersonId;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * CON-9 through the import: a row whose e-mail is known completes that person instead of creating a duplicate.
 */
@IntegrationTest
@WithMockUser(username = "sam", roles = "SALES")
class ImportMatchingIntegrationTests {

    @Autowired
    Imports imports;

    @Autowired
    Persons persons;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProductFamilies families;

    @Autowired
    Purchases purchases;

    private final String tag = "MAT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @Test
    @DisplayName("CON-9 CON-10 a row whose e-mail is known (case ignored) fills the person's empty fields, keeps the filled ones, and is traced in its history")
    void knownEmailCompletesThePerson() throws Exception {
        var stored = persons.create(person("Martin", "Anne", mail("anne"), null, tag + "-1"));
        var csv = "nom;prénom;email;téléphone;référence\n"
                + "MARTIN-DUPONT;Anne-Marie;" + mail("anne").toUpperCase(Locale.ROOT) + ";06 12 34 56 78;" + tag + "-other\n";

        var job = finished(csv);

        assertThat(job.state()).isEqualTo(ImportState.DONE);
        assertThat(job.created()).isZero();
        assertThat(job.updated()).isEqualTo(1);
        assertThat(job.imported()).isEqualTo(1);
        assertThat(count(mail("anne"))).isEqualTo(1);
        var after = persons.get(stored.id(), null).data();
        assertThat(after.phone()).isEqualTo("06 12 34 56 78");
        assertThat(after.lastName()).isEqualTo("Martin");
        assertThat(after.firstNames()).isEqualTo("Anne");
        assertThat(after.externalRef()).isEqualTo(tag + "-1");
        var change = persons.history(stored.id()).get(0);
        assertThat(change.kind()).isEqualTo("UPDATED");
        assertThat(change.actor()).isEqualTo("sam");
        assertThat(change.origin()).isEqualTo("import/" + job.id());
        assertThat(change.fields()).singleElement().satisfies(field -> {
            assertThat(field.field()).isEqualTo("phone");
            assertThat(field.before()).isNull();
            assertThat(field.after()).isEqualTo("06 12 34 56 78");
        });
        auditLog.flush();
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'UPDATE' AND resource_type = 'person' AND resource_id = ?")
                .param(stored.id().toString()).query(String.class).list()).containsExactly("Import " + job.id());
    }

    @Test
    @DisplayName("CON-9 CON-5 a note an import adds to a known person is reviewed and flagged like a typed one")
    void filledNoteIsReviewed() throws Exception {
        var stored = persons.create(person("Martin", "Anne", mail("anne"), null, null));

        var job = finished("nom;email;note\nMartin;" + mail("anne") + ";Suivi diabète à prévoir\n");

        assertThat(job.updated()).isEqualTo(1);
        var after = persons.get(stored.id(), null);
        assertThat(after.data().notes()).isEqualTo("Suivi diabète à prévoir");
        assertThat(after.reviewFlags()).extracting(flag -> flag.category()).containsExactly(SensitiveCategory.HEALTH);
    }

    @Test
    @DisplayName("CON-9 a person whose erasure is under way is not completed by a row with the same e-mail: the row is a new person")
    void personBeingErasedIsNotMatched() throws Exception {
        var stored = persons.create(person("Martin", "Anne", mail("anne"), null, null));
        jdbc.sql("UPDATE person SET erasure_requested_at = CURRENT_TIMESTAMP WHERE id = ?")
                .param(stored.id().value()).update();

        var job = finished("nom;email;téléphone\nMartin;" + mail("anne") + ";0612345678\n");

        assertThat(job.created()).isEqualTo(1);
        assertThat(job.updated()).isZero();
        assertThat(jdbc.sql("SELECT COALESCE(phone, '-') FROM person WHERE id = ?").param(stored.id().value())
                .query(String.class).single()).as("the person being erased is left as it was").isEqualTo("-");
    }

    @Test
    @DisplayName("CON-9 a row that brings nothing new changes nothing and writes no history")
    void nothingNewChangesNothing() throws Exception {
        var stored = persons.create(person("Martin", "Anne", mail("anne"), "0612345678", tag + "-1"));

        var job = finished("nom;email;téléphone\nMartin;" + mail("anne") + ";0699999999\n");

        assertThat(job.updated()).isEqualTo(1);
        assertThat(persons.get(stored.id(), null).data().phone()).isEqualTo("0612345678");
        assertThat(persons.history(stored.id())).extracting(change -> change.kind()).containsExactly("CREATED");
    }

    @Test
    @DisplayName("CON-9 two rows of one file with the same e-mail make one person, the second completing the first")
    void duplicatesWithinTheFileMakeOnePerson() throws Exception {
        var csv = "nom;prénom;email;téléphone\n"
                + "Durand;Paul;" + mail("paul") + ";\n"
                + "Durand;;" + mail("Paul") + ";0611223344\n";

        var job = finished(csv);

        assertThat(job.created()).isEqualTo(1);
        assertThat(job.updated()).isEqualTo(1);
        var data = only(mail("paul"));
        assertThat(data.firstNames()).isEqualTo("Paul");
        assertThat(data.phone()).isEqualTo("0611223344");
    }

    @Test
    @DisplayName("CON-9 a duplicate in a later batch of the same file completes the person an earlier batch created")
    void duplicatesAcrossBatches() throws Exception {
        var csv = new StringBuilder("nom;email;téléphone\n");
        csv.append("Petit;").append(mail("lea")).append(";\n");
        for (var i = 0; i < 2_100; i++) {
            csv.append("Filler").append(i).append(';').append(mail("filler" + i)).append(";\n");
        }
        csv.append("Petit;").append(mail("lea")).append(";0622334455\n");

        var job = finished(csv.toString());

        assertThat(job.rowsRead()).isEqualTo(2_102);
        assertThat(job.created()).isEqualTo(2_101);
        assertThat(job.updated()).isEqualTo(1);
        assertThat(only(mail("lea")).phone()).isEqualTo("0622334455");
    }

    @Test
    @DisplayName("CON-9 a prospect becomes a customer when the file says so; a customer never goes back to prospect")
    void prospectBecomesCustomer() throws Exception {
        var prospect = persons.create(new PersonData(PersonType.PROSPECT, Audience.CONSUMER, null, "Leroy", null,
                mail("leroy"), null, null, null, null, null, null, null, null));
        var customer = persons.create(person("Moreau", null, mail("moreau"), null, null));

        finished("nom;email;statut\nLeroy;" + mail("leroy") + ";client\nMoreau;" + mail("moreau") + ";prospect\n");

        assertThat(persons.get(prospect.id(), null).data().type()).isEqualTo(PersonType.CUSTOMER);
        assertThat(persons.get(customer.id(), null).data().type()).isEqualTo(PersonType.CUSTOMER);
    }

    @Test
    @DisplayName("CON-9 CON-10 a row valid alone but not once merged (a company for a consumer) is refused, reported, and changes nothing")
    void mergeBreakingARuleIsRefused() throws Exception {
        var stored = persons.create(person("Martin", "Anne", mail("anne"), null, null));

        var job = finished("nom;email;clientèle;société;téléphone\nMartin;" + mail("anne")
                + ";professionnel;ACME;0612345678\n");

        assertThat(job.refused()).isEqualTo(1);
        assertThat(job.imported()).isZero();
        assertThat(imports.errors(job.id())).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(2);
            assertThat(error.field()).isEqualTo("company");
            assertThat(error.rule()).isEqualTo("professionalOnly");
            assertThat(error.message()).contains("e-mail");
        });
        var data = persons.get(stored.id(), null).data();
        assertThat(data.company()).isNull();
        assertThat(data.phone()).isNull();
    }

    @Test
    @DisplayName("CON-9 CON-10 a consent imported on a known e-mail is recorded for that person, without proof")
    void consentGoesToTheMatchedPerson() throws Exception {
        var stored = persons.create(person("Martin", "Anne", mail("anne"), null, null));

        var job = finished("nom;email;finalité;canal\nMartin;" + mail("anne") + ";PROSPECTING;email\n");

        assertThat(job.consents()).isEqualTo(1);
        assertThat(ledger.current(stored.id().value())).singleElement()
                .satisfies(state -> assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE_WITHOUT_PROOF));
    }

    @Test
    @DisplayName("SEC-3 CON-10 every imported person is traced to its job: history origin, and one audit entry per batch naming the count and id range")
    void createdPersonsAreTracedToTheJob() throws Exception {
        var job = finished("nom;email;finalité;canal\nMartin;" + mail("a") + ";PROSPECTING;email\nDurand;" + mail("b")
                + ";PROSPECTING;email\n");
        auditLog.flush();

        var ids = jdbc.sql("SELECT id FROM person WHERE email_key IN (?, ?) ORDER BY id").params(mail("a"), mail("b"))
                .query(UUID.class).list();
        assertThat(ids).hasSize(2);
        for (var id : ids) {
            assertThat(persons.history(new PersonId(id))).singleElement().satisfies(change -> {
                assertThat(change.kind()).isEqualTo("CREATED");
                assertThat(change.origin()).isEqualTo("import/" + job.id());
            });
        }
        var entries = jdbc.sql("SELECT resource_type, action, detail FROM audit_entry WHERE resource_id = ? ORDER BY sequence_no")
                .param(job.id().toString())
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3))))
                .list();
        assertThat(entries).extracting(entry -> entry.get(0) + " " + entry.get(1))
                .containsExactly("import CREATE", "person CREATE", "consent CREATE");
        assertThat(entries.get(1).get(2)).contains("2 person(s) created", "ids " + ids.get(0) + " to " + ids.get(1));
        assertThat(entries.get(2).get(2)).contains("2 consent(s) imported without proof", "import/" + job.id());
    }

    @Test
    @DisplayName("PRO-2 the import reads a professional's sector and the generic address flag, creating or completing")
    void importsSectorAndGenericAddress() throws Exception {
        var stored = persons.create(new PersonData(PersonType.CUSTOMER, Audience.PROFESSIONAL, null, "Scierie", null,
                mail("atelier"), null, null, null, "Scierie " + tag, null, null, null, null));

        var job = finished("nom;email;clientèle;société;secteur;adresse générique\n"
                + "Scierie;" + mail("atelier") + ";pro;Scierie " + tag + ";Scierie;oui\n"
                + "Cantine;" + mail("contact") + ";pro;Cantine " + tag + ";Restauration collective;non\n"
                + "Bureau;" + mail("bureau") + ";pro;Bureau " + tag + ";Conseil;peut-être\n");

        assertThat(job.created()).isEqualTo(1);
        assertThat(job.updated()).isEqualTo(1);
        var completed = persons.get(stored.id(), null).data();
        assertThat(completed.sector()).isEqualTo("Scierie");
        assertThat(completed.genericAddress()).isTrue();
        assertThat(persons.history(stored.id()).get(0).fields()).extracting(field -> field.field())
                .containsExactly("sector", "genericAddress");
        var created = only(mail("contact"));
        assertThat(created.sector()).isEqualTo("Restauration collective");
        assertThat(created.genericAddress()).isFalse();
        assertThat(count(mail("bureau"))).isZero();
    }

    @Test
    @DisplayName("PRO-2 PRO-6 the import records a row's purchase with the facts of its sale; a refused purchase "
            + "refuses its row")
    void importsPurchases() throws Exception {
        var family = families.create("IMP_" + tag, "Literie " + tag).code();

        var job = finished("nom;email;date d'achat;famille de produits;fin de garantie;e-mail recueilli à la vente;"
                + "opposition proposée;opposé\n"
                + "Achat;" + mail("achat") + ";02/03/2026;" + family + ";02/03/2028;oui;oui;non\n"
                + "Futur;" + mail("futur") + ";02/03/2099;" + family + ";;oui;non;oui\n");

        assertThat(job.created()).isEqualTo(1);
        var bought = jdbc.sql("SELECT id FROM person WHERE LOWER(email) = LOWER(?)").param(mail("achat"))
                .query(UUID.class).single();
        assertThat(purchases.of(new PersonId(bought), "test")).singleElement().satisfies(purchase -> {
            assertThat(purchase.date()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(purchase.productFamily()).isEqualTo(family);
            assertThat(purchase.warrantyEnd()).isEqualTo(LocalDate.of(2028, 3, 2));
            assertThat(purchase.emailCollectedAtSale()).isTrue();
            assertThat(purchase.oppositionOffered()).isTrue();
            assertThat(purchase.opposed()).isFalse();
        });
        var person = persons.get(new PersonId(bought), null);
        assertThat(person.data().type()).isEqualTo(PersonType.CUSTOMER);
        assertThat(person.relationshipEndAt()).isEqualTo(LocalDate.of(2028, 3, 2));
        assertThat(count(mail("futur"))).isZero();
        assertThat(imports.errors(job.id())).extracting(error -> error.field())
                .contains("purchaseDate", "opposed");
    }

    private static PersonData person(String lastName, String firstNames, String email, String phone, String ref) {
        return new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, lastName, firstNames, email, phone, null,
                null, null, null, null, ref, null);
    }

    /** An address no other test uses. */
    private String mail(String name) {
        return name + "." + tag.toLowerCase(Locale.ROOT) + "@example.fr";
    }

    private long count(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE LOWER(email) = LOWER(?)").param(email).query(Long.class)
                .single();
    }

    private PersonData only(String email) {
        var ids = jdbc.sql("SELECT id FROM person WHERE LOWER(email) = LOWER(?)").param(email).query(UUID.class).list();
        assertThat(ids).hasSize(1);
        return persons.get(new PersonId(ids.get(0)), null).data();
    }

    private ImportJobView finished(String csv) throws InterruptedException {
        var job = imports.submit(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv", "test",
                null, null, Locale.FRENCH);
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!job.state().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            job = imports.get(job.id());
        }
        assertThat(job.failure()).isNull();
        return job;
    }
}
