package org.custodian.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.custodian.audit.AuditLog;
import org.custodian.consent.ConsentLedger;
import org.custodian.consent.ConsentStatus;
import org.custodian.consent.ProofKind;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ImportApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    AuditLog auditLog;

    private final String tag = "IMP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    @DisplayName("CON-10 CON-2 a NIR in the accounting code refuses that row only; the others are imported and the report lists it")
    void nirRowIsRefusedOthersImported() throws Exception {
        var csv = "nom;prénom;email;code comptable;référence\n"
                + "Martin;Anne;" + mail("anne") + ";411MARTIN;" + tag + "-1\n"
                + "Durand;Paul;" + mail("paul") + ";" + nir() + ";" + tag + "-2\n"
                + "Petit;Léa;" + mail("lea") + ";411PETIT;" + tag + "-3\n";

        var job = finished(submit(csv, "SALES"));

        assertThat(job.state()).isEqualTo(ImportState.DONE);
        assertThat(job.rowsRead()).isEqualTo(3);
        assertThat(job.imported()).isEqualTo(2);
        assertThat(job.refused()).isEqualTo(1);
        assertThat(storedRefs()).containsExactlyInAnyOrder(tag + "-1", tag + "-3");
        assertThat(imports.errors(job.id())).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.field()).isEqualTo("accountingCode");
            assertThat(error.rule()).isEqualTo("CON-2.NIR");
            assertThat(error.message()).contains("NIR");
        });
    }

    @Test
    @DisplayName("CON-10 the API gives the job's state, counts and error report, and the report downloads as CSV")
    void progressAndReportThroughTheApi() throws Exception {
        var csv = "lastName,email,externalRef\nMartin," + mail("anne") + "," + tag + "-1\n," + mail("nobody") + "," + tag + "-2\n";
        var id = submit(csv, "SUPPORT");
        finished(id);

        mvc.perform(get("/api/v1/imports/{id}", id).with(user("sam").roles("SUPPORT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.rowsRead").value(2))
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("lastName"))
                .andExpect(jsonPath("$.errors[0].rule").value("required"));
        var report = mvc.perform(get("/api/v1/imports/{id}/errors.csv", id).with(user("sam").roles("SUPPORT")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report.lines().skip(1).toList()).singleElement().asString().startsWith("3;lastName;required;");
    }

    @Test
    @DisplayName("CON-6 a card security code column refuses the whole file before any row is read; nothing is stored")
    void securityCodeColumnRefusesTheFile() throws Exception {
        var csv = "nom;email;CVV;référence\nMartin;" + mail("anne") + ";123;" + tag + "-1\n";

        mvc.perform(post("/api/v1/imports").contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))
                        .with(user("sam").roles("SALES")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("CON-6.CVV"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CVV")));

        assertThat(storedRefs()).isEmpty();
    }

    @Test
    @DisplayName("CON-10 consents imported without proof are ACTIVE_WITHOUT_PROOF")
    void importedConsentsHaveNoProof() throws Exception {
        var csv = "nom;email;référence;finalité;canal;date du consentement\n"
                + "Martin;" + mail("anne") + ";" + tag + "-1;PROSPECTING;email;12/03/2021\n";

        var job = finished(submit(csv, "SALES"));

        assertThat(job.consents()).isEqualTo(1);
        var person = jdbc.sql("SELECT id FROM person WHERE external_ref = ?").param(tag + "-1")
                .query(UUID.class).single();
        assertThat(ledger.current(person)).singleElement().satisfies(state -> {
            assertThat(state.purpose()).isEqualTo("PROSPECTING");
            assertThat(state.status()).isEqualTo(ConsentStatus.ACTIVE_WITHOUT_PROOF);
            assertThat(state.proof()).isEqualTo(ProofKind.IMPORT_WITHOUT_PROOF);
        });
    }

    @Test
    @DisplayName("CON-10 a consent with an unknown purpose refuses its row, which is not written at all")
    void rowWithBadConsentIsNotHalfWritten() throws Exception {
        var csv = "nom;email;référence;finalité;canal\nMartin;" + mail("anne") + ";" + tag + "-1;NOT_A_PURPOSE;email\n";

        var job = finished(submit(csv, "SALES"));

        assertThat(job.refused()).isEqualTo(1);
        assertThat(storedRefs()).isEmpty();
        assertThat(imports.errors(job.id())).extracting(ImportErrorView::rule).containsExactly("import.purpose");
    }

    @Test
    @DisplayName("CON-10 PRO-1 a consent to the exclusion of bad payers, which cannot rest on consent, refuses its row")
    void rowConsentingToAPurposeWithoutConsentIsRefused() throws Exception {
        var csv = "nom;email;référence;finalité;canal\nMartin;" + mail("anne") + ";" + tag
                + "-1;UNPAID_EXCLUSION;courrier\nDurand;" + mail("bruno") + ";" + tag + "-2;PROSPECTING;email\n";

        var job = finished(submit(csv, "SALES"));

        assertThat(job.refused()).isEqualTo(1);
        assertThat(storedRefs()).containsExactly(tag + "-2");
        assertThat(imports.errors(job.id())).extracting(ImportErrorView::rule).containsExactly("import.purpose");
    }

    @Test
    @DisplayName("CON-10 a multipart upload is imported like a CSV body")
    void multipartUpload() throws Exception {
        var file = new MockMultipartFile("file", "clients.csv", "text/csv",
                ("nom,référence\nMartin," + tag + "-1\n").getBytes(StandardCharsets.UTF_8));

        var body = mvc.perform(multipart("/api/v1/imports").file(file).param("source", "Ancien CRM")
                        .with(user("sam").roles("SALES")))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        var job = finished(UUID.fromString(new ObjectMapper().readTree(body).get("id").asText()));

        assertThat(job.fileName()).isEqualTo("clients.csv");
        assertThat(job.source()).isEqualTo("Ancien CRM");
        assertThat(storedRefs()).containsExactly(tag + "-1");
    }

    @Test
    @DisplayName("SEC-3 CON-10 an import job is audited once (CREATE import), not once per row")
    void oneAuditEntryPerJob() throws Exception {
        var csv = "nom,référence\nMartin," + tag + "-1\nDurand," + tag + "-2\n";

        var job = finished(submit(csv, "SALES"));
        auditLog.flush();

        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE resource_type = 'import' AND resource_id = ?")
                .param(job.id().toString()).query(String.class).list()).containsExactly("CREATE");
    }

    @Test
    @DisplayName("CON-10 the API refuses a file whose header names no last-name column")
    void apiNeedsALastNameColumn() throws Exception {
        mvc.perform(post("/api/v1/imports").contentType("text/csv").content("colour;email\nblue;a@b.fr\n")
                        .with(user("sam").roles("SALES")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("import.mapping"));
    }

    @Test
    @DisplayName("SEC-2 CON-10 only SALES and SUPPORT may import")
    void marketingMayNotImport() throws Exception {
        mvc.perform(post("/api/v1/imports").contentType("text/csv").content("nom\nMartin\n")
                        .with(user("mia").roles("MARKETING")))
                .andExpect(status().isForbidden());
    }

    /** An address no other test uses: CON-9 would otherwise complete another test's person. */
    private String mail(String name) {
        return name + "." + tag.toLowerCase() + "@example.fr";
    }

    private UUID submit(String csv, String role) throws Exception {
        var body = mvc.perform(post("/api/v1/imports").contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))
                        .with(user("sam").roles(role)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(new ObjectMapper().readTree(body).get("id").asText());
    }

    private ImportJobView finished(UUID id) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        var job = imports.get(id);
        while (!job.state().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            job = imports.get(id);
        }
        return job;
    }

    private java.util.List<String> storedRefs() {
        return jdbc.sql("SELECT external_ref FROM person WHERE external_ref LIKE ?").param(tag + "%")
                .query(String.class).list();
    }

    /** A NIR with its right key: 1 85 05 78 006 048, key = 97 - (number mod 97). */
    private static String nir() {
        var body = 1850578006048L;
        return body + String.format("%02d", 97 - body % 97);
    }
}
